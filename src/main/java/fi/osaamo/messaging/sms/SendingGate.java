package fi.osaamo.messaging.sms;

import fi.osaamo.messaging.smpp.SmppLink;
import org.springframework.stereotype.Component;

/** Whether messages may go now: the bind is up and no administrator paused sending. */
@Component
class SendingGate {

	private final SmppLink link;

	private final SendingControl control;

	SendingGate(SmppLink link, SendingControl control) {
		this.link = link;
		this.control = control;
	}

	boolean open() {
		return this.link.bound() && !this.control.paused();
	}

}
