package fi.osaamo.messaging.ops;

import fi.osaamo.messaging.sms.OutboxFigures;

/**
 * The operator view of the text-message channel.
 *
 * @param status the bind and the pause switch
 * @param queue the outbox now
 * @param throughput parts submitted lately
 * @param chart the last days' messages
 * @param failures messages not delivered lately, a page of them
 * @param replies replies from unknown numbers, a page of them
 * @param receipts unreadable receipts, a page of them
 * @param trial the message being tried out
 */
public record SmsOperatorPage(SendingStatus status, OutboxFigures.Snapshot queue, Throughput throughput,
		DailyChart chart, Listing<FailedMessage> failures, Listing<UnknownReply> replies,
		Listing<UnreadableReceipt> receipts, SmsTrial trial) {

	/**
	 * Which page of each list is shown.
	 *
	 * @param failures of the failures
	 * @param replies of the replies from unknown numbers
	 * @param receipts of the unreadable receipts
	 */
	record Pages(int failures, int replies, int receipts) {

		static final Pages FIRST = new Pages(0, 0, 0);

		private static final int LAST = 100_000;

		Pages {
			failures = Math.min(LAST, Math.max(0, failures));
			replies = Math.min(LAST, Math.max(0, replies));
			receipts = Math.min(LAST, Math.max(0, receipts));
		}

	}

	public String failuresLink(int page) {
		return link(page, this.replies.page(), this.receipts.page(), "failures");
	}

	public String repliesLink(int page) {
		return link(this.failures.page(), page, this.receipts.page(), "unknown-replies");
	}

	public String receiptsLink(int page) {
		return link(this.failures.page(), this.replies.page(), page, "unreadable-receipts");
	}

	private static String link(int failures, int replies, int receipts, String anchor) {
		return "/admin/sms?failures=" + failures + "&replies=" + replies + "&receipts=" + receipts + "#" + anchor;
	}

}
