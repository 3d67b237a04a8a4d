package fi.osaamo.messaging.ops;

import fi.osaamo.messaging.sms.OutboxFigures;
import org.springframework.stereotype.Component;

/** Puts the operator view together from the channel's figures and lists. */
@Component
class SmsOperatorPages {

	private final SendingStatusReader status;

	private final OutboxFigures figures;

	private final SmsActivity activity;

	private final SmsProblemLists problems;

	SmsOperatorPages(SendingStatusReader status, OutboxFigures figures, SmsActivity activity,
			SmsProblemLists problems) {
		this.status = status;
		this.figures = figures;
		this.activity = activity;
		this.problems = problems;
	}

	SmsOperatorPage page(SmsOperatorPage.Pages pages, SmsTrial trial) {
		return new SmsOperatorPage(this.status.read(), this.figures.now(), this.activity.throughput(),
				new DailyChart(this.activity.days()), this.problems.failures(pages.failures()),
				this.problems.unknownReplies(pages.replies()), this.problems.unreadableReceipts(pages.receipts()),
				trial);
	}

	SendingStatus status() {
		return this.status.read();
	}

}
