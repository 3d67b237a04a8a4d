package fi.osaamo.messaging.ops;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

import fi.osaamo.messaging.MobileNumbers;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What went wrong lately, a page at a time, without numbers or persons: messages that
 * failed or expired in the chart's days, replies from numbers no message went to (their
 * numbers masked when stored), and receipts that could not be read.
 */
@Component
class SmsProblemLists {

	static final int PAGE_SIZE = 10;

	// An SMSC may quote a number in a receipt it could not format: hidden all the same.
	private static final Pattern NUMBER = Pattern.compile("\\+\\d{7,15}");

	private static final String FAILURES = """
			select key, state, error, coalesce(finished_at, created_at) as at from messaging.sms
			where created_at >= :since and state in ('FAILED', 'EXPIRED')
			order by coalesce(finished_at, created_at) desc, id desc limit :limit offset :offset""";

	private static final String REPLIES = """
			select channel, sender_shown, text, received_at from messaging.sms_reply where sms_id is null
			order by received_at desc, id desc limit :limit offset :offset""";

	private static final String RECEIPTS = """
			select raw, received_at from messaging.sms_receipt where not well_formed
			order by received_at desc, id desc limit :limit offset :offset""";

	private final JdbcClient jdbc;

	private final Clock clock;

	SmsProblemLists(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Listing<FailedMessage> failures(int page) {
		var since = Timestamp.from(this.clock.instant().minus(SmsActivity.DAYS, ChronoUnit.DAYS));
		long total = this.jdbc.sql("""
				select count(*) from messaging.sms where created_at >= :since and state in ('FAILED', 'EXPIRED')""")
			.param("since", since)
			.query(Long.class)
			.single();
		var items = this.jdbc.sql(FAILURES)
			.param("since", since)
			.param("limit", PAGE_SIZE)
			.param("offset", page * PAGE_SIZE)
			.query((rs, row) -> new FailedMessage(rs.getString("key"), rs.getString("state"), rs.getString("error"),
					at(rs, "at")))
			.list();
		return Listing.of(items, page, total, PAGE_SIZE);
	}

	Listing<UnknownReply> unknownReplies(int page) {
		long total = count("select count(*) from messaging.sms_reply where sms_id is null");
		var items = this.jdbc.sql(REPLIES)
			.param("limit", PAGE_SIZE)
			.param("offset", page * PAGE_SIZE)
			.query((rs, row) -> new UnknownReply(rs.getString("channel"), rs.getString("sender_shown"),
					rs.getString("text"), at(rs, "received_at")))
			.list();
		return Listing.of(items, page, total, PAGE_SIZE);
	}

	Listing<UnreadableReceipt> unreadableReceipts(int page) {
		long total = count("select count(*) from messaging.sms_receipt where not well_formed");
		var items = this.jdbc.sql(RECEIPTS)
			.param("limit", PAGE_SIZE)
			.param("offset", page * PAGE_SIZE)
			.query((rs, row) -> new UnreadableReceipt(hideNumbers(rs.getString("raw")), at(rs, "received_at")))
			.list();
		return Listing.of(items, page, total, PAGE_SIZE);
	}

	static String hideNumbers(String raw) {
		return NUMBER.matcher(raw)
			.replaceAll(found -> java.util.regex.Matcher.quoteReplacement(MobileNumbers.masked(found.group())));
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private static Instant at(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

}
