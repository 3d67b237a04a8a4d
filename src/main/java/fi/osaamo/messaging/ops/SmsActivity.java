package fi.osaamo.messaging.ops;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import fi.osaamo.messaging.sms.SmsProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the channel did lately: parts submitted in the last minute and hour, and each of
 * the last days' messages by what became of them.
 */
@Component
class SmsActivity {

	/** How many days the chart shows. */
	static final int DAYS = 14;

	// A part leaves before its message expires (the validity after it was first due), and
	// quiet hours hold a message at most over a long weekend: older messages sent nothing
	// in the last hour, so the index on created_at bounds the count.
	private static final Duration LONGEST_HOLD = Duration.ofDays(4);

	private static final String THROUGHPUT = """
			select count(*) filter (where p.submitted_at > :minute) as minute, count(*) as hour
			from messaging.sms_part p join messaging.sms s on s.id = p.sms_id
			where s.created_at > :bound and p.submitted_at > :hour""";

	private static final String DAILY = """
			select cast(created_at at time zone :zone as date) as day, count(*) as messages,
			  count(*) filter (where state = 'DELIVERED') as delivered,
			  count(*) filter (where state = 'FAILED') as failed,
			  count(*) filter (where state = 'EXPIRED') as expired
			from messaging.sms where created_at >= :since group by 1""";

	private final JdbcClient jdbc;

	private final SmsProperties properties;

	private final Clock clock;

	SmsActivity(JdbcClient jdbc, SmsProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	Throughput throughput() {
		var now = this.clock.instant();
		return this.jdbc.sql(THROUGHPUT)
			.param("minute", Timestamp.from(now.minus(Duration.ofMinutes(1))))
			.param("hour", Timestamp.from(now.minus(Duration.ofHours(1))))
			.param("bound", Timestamp.from(now.minus(this.properties.validity()).minus(LONGEST_HOLD)))
			.query((rs, row) -> new Throughput(rs.getLong("minute"), rs.getLong("hour")))
			.single();
	}

	/**
	 * The last {@link #DAYS} days in the channel's time zone, oldest first, today last.
	 */
	List<DailyChart.Day> days() {
		var zone = this.properties.zone();
		var today = LocalDate.ofInstant(this.clock.instant(), zone);
		var first = today.minusDays(DAYS - 1);
		var found = new HashMap<LocalDate, DailyChart.Day>();
		this.jdbc.sql(DAILY)
			.param("zone", zone.getId())
			.param("since", Timestamp.from(first.atStartOfDay(zone).toInstant()))
			.query((rs, row) -> new DailyChart.Day(rs.getObject("day", LocalDate.class), rs.getLong("messages"),
					rs.getLong("delivered"), rs.getLong("failed"), rs.getLong("expired")))
			.list()
			.forEach(day -> found.put(day.day(), day));
		var days = new ArrayList<DailyChart.Day>();
		for (var day = first; !day.isAfter(today); day = day.plusDays(1)) {
			days.add(found.getOrDefault(day, new DailyChart.Day(day, 0, 0, 0, 0)));
		}
		return days;
	}

}
