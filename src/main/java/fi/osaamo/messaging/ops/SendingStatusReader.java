package fi.osaamo.messaging.ops;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonSummary;
import fi.osaamo.messaging.smpp.SmppEndpoint;
import fi.osaamo.messaging.smpp.SmppLink;
import fi.osaamo.messaging.sms.SendingControl;
import org.springframework.stereotype.Component;

/** Reads the bind's state and the pause switch, with who switched it last. */
@Component
class SendingStatusReader {

	private final SmppLink link;

	private final SmppEndpoint endpoint;

	private final SendingControl control;

	private final IdentityManagement identities;

	SendingStatusReader(SmppLink link, SmppEndpoint endpoint, SendingControl control, IdentityManagement identities) {
		this.link = link;
		this.endpoint = endpoint;
		this.control = control;
		this.identities = identities;
	}

	SendingStatus read() {
		var current = this.control.current();
		var by = current.changedBy() == null ? null
				: this.identities.find(current.changedBy()).map(PersonSummary::atWork).orElse(null);
		return new SendingStatus(this.link.state(), this.link.boundSince(), this.link.binds(),
				this.endpoint.simulator() != null, current.paused(), current.changedAt(), by);
	}

}
