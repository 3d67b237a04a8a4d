package fi.osaamo.companies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Follow-ups of referrals: what is due, and the reminder e-mail to the account manager
 * (or, without one, to whoever made the referral) on the follow-up day. Each referral is
 * reminded once: the mark and the e-mail's event are saved in one transaction, and the
 * e-mail's key is the referral's id.
 */
@Service
public class FollowUps {

	private static final Logger log = LoggerFactory.getLogger(FollowUps.class);

	static final String COLUMNS = """
			r.id, n.id as need_id, a.business_id, a.company_name, n.description, s.name, s.provider, r.follow_up_on,
			a.manager_id""";

	static final String FROM = """
			 from companies.referral r join companies.need n on n.id = r.need_id
			join companies.account a on a.team_id = n.team_id and a.business_id = n.business_id
			join companies.service s on s.id = r.service_id""";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ReferralReminders reminders;

	private final CompaniesProperties properties;

	private final Clock clock;

	FollowUps(JdbcClient jdbc, TransactionTemplate transactions, ReferralReminders reminders,
			CompaniesProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.reminders = reminders;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * A team's open referrals to follow up by a day, soonest first.
	 * @param team the team
	 * @param by the last follow-up day to include
	 * @param person only the companies this person manages or referrals they made;
	 * {@code null} for the whole team
	 * @return the follow-ups
	 */
	public List<FollowUp> due(OrganisationId team, LocalDate by, @org.jspecify.annotations.Nullable PersonId person) {
		return jdbc.sql("select " + COLUMNS + FROM + """
				 where n.team_id = :team and r.closed_at is null and r.follow_up_on <= :by
				  and (cast(:person as uuid) is null or a.manager_id = :person or r.created_by = :person)
				order by r.follow_up_on, a.company_name limit 200""")
			.param("team", team.value())
			.param("by", by)
			.param("person", person == null ? null : person.value())
			.query((rs, row) -> followUp(rs))
			.list();
	}

	@Scheduled(cron = "${app.companies.reminder-cron:0 0 * * * *}")
	void onSchedule() {
		if (properties.reminders()) {
			var sent = sendDue();
			if (sent > 0) {
				log.info("Sent {} follow-up reminders", sent);
			}
		}
	}

	/**
	 * Sends the reminders due today that have not been sent; the schedule calls it every
	 * hour ({@code app.companies.reminder-cron}).
	 * @return how many were sent
	 */
	public int sendDue() {
		var due = jdbc.sql("select r.id" + FROM + """
				 where r.closed_at is null and r.reminded_at is null and r.follow_up_on <= :today
				order by r.follow_up_on limit 1000""").param("today", LocalDate.now(clock)).query(UUID.class).list();
		var sent = 0;
		for (var referral : due) {
			if (Boolean.TRUE.equals(transactions.execute(status -> reminders.remind(referral)))) {
				sent++;
			}
		}
		return sent;
	}

	static FollowUp followUp(ResultSet rs) throws SQLException {
		var manager = rs.getObject("manager_id", UUID.class);
		return new FollowUp(rs.getObject("id", UUID.class), rs.getObject("need_id", UUID.class),
				rs.getString("business_id"), rs.getString("company_name"), rs.getString("description"),
				rs.getString("name"), rs.getString("provider"), rs.getObject("follow_up_on", LocalDate.class),
				manager == null ? null : new PersonId(manager));
	}

}
