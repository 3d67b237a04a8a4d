package fi.osaamo.messaging.sms;

import fi.osaamo.messaging.smpp.SmppInbound;
import org.springframework.stereotype.Component;

/** What the bind receives goes to the receipts or to the replies. */
@Component
class SmsInbound implements SmppInbound {

	private final Receipts receipts;

	private final Replies replies;

	SmsInbound(Receipts receipts, Replies replies) {
		this.receipts = receipts;
		this.replies = replies;
	}

	@Override
	public void receipt(Receipt receipt) {
		this.receipts.store(receipt);
	}

	@Override
	public void message(Message message) {
		this.replies.received(message);
	}

}
