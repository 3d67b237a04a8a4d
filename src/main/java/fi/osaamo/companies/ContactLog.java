package fi.osaamo.companies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections of a company's contact log. Whoever may read an entry's notes may correct
 * it (anyone in the team, or for confidential notes their author, the account manager and
 * administrators); the author stays, and the entry says it was corrected.
 */
@Service
public class ContactLog {

	static final String COLUMNS = """
			id, occurred_on, channel, participants, notes, topics, confidential, author_id, created_at, updated_at,
			version""";

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	private final Clock clock;

	ContactLog(JdbcClient jdbc, AccountManagement accounts, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Checks a contact-log entry and keeps every problem, for a form that shows them all
	 * at once.
	 * @param problems where the problems go
	 * @param contact the entry
	 * @param today today: a contact cannot have happened later
	 */
	public static void check(FormProblems problems, NewContact contact, LocalDate today) {
		ContactChecks.check(problems, contact, today);
	}

	/**
	 * One entry of a company's log as the viewer may see it.
	 * @param team the team
	 * @param businessId the company
	 * @param id the entry
	 * @param viewer who looks
	 * @return the entry, if the team logged it for this company
	 */
	public Optional<ContactEntry> findEntry(OrganisationId team, String businessId, UUID id, PersonId viewer) {
		var manager = accounts.findAccount(team, businessId).map(CompanyAccount::manager).orElse(null);
		var privileged = viewer.equals(manager) || accounts.administrator(team, viewer);
		return jdbc.sql("select " + COLUMNS + " " + """
				from companies.contact where team_id = :team and business_id = :businessId and id = :id""")
			.param("team", team.value())
			.param("businessId", businessId)
			.param("id", id)
			.query((rs, row) -> entry(rs, viewer, privileged))
			.optional();
	}

	/**
	 * Corrects an entry, if no one changed it since the user saw it.
	 * @param team the team
	 * @param businessId the company
	 * @param id the entry
	 * @param contact what the entry now says
	 * @param version the version the user saw
	 * @param editor who corrects it; they must be allowed to read its notes
	 */
	@Transactional
	public void correct(OrganisationId team, String businessId, UUID id, NewContact contact, int version,
			PersonId editor) {
		var checked = ContactChecks.checked(contact, LocalDate.now(clock));
		findEntry(team, businessId, id, editor).filter(ContactEntry::correctable)
			.orElseThrow(() -> new NotFoundException("contact " + id));
		OptimisticLock.update(jdbc
			.sql("""
					update companies.contact set occurred_on = :occurredOn, channel = :channel, participants = :participants,
					  notes = :notes, topics = :topics, confidential = :confidential, updated_by = :editor, updated_at = now(),
					  version = version + 1
					where team_id = :team and business_id = :businessId and id = :id and version = :version""")
			.params(checked.values())
			.param("editor", editor.value())
			.param("team", team.value())
			.param("businessId", businessId)
			.param("id", id), version);
	}

	static ContactEntry entry(ResultSet rs, PersonId viewer, boolean privileged) throws SQLException {
		var author = new PersonId(rs.getObject("author_id", UUID.class));
		var confidential = rs.getBoolean("confidential");
		var hidden = confidential && !privileged && !author.equals(viewer);
		var corrected = rs.getTimestamp("updated_at");
		return new ContactEntry(rs.getObject("id", UUID.class), rs.getObject("occurred_on", LocalDate.class),
				Channel.valueOf(rs.getString("channel")), rs.getString("participants"),
				hidden ? null : rs.getString("notes"), topics(rs.getString("topics")), confidential, hidden, author,
				rs.getTimestamp("created_at").toInstant(), corrected == null ? null : corrected.toInstant(),
				rs.getInt("version"));
	}

	private static List<String> topics(@org.jspecify.annotations.Nullable String topics) {
		return topics == null ? List.of()
				: Arrays.stream(topics.split(",")).map(String::strip).filter(topic -> !topic.isEmpty()).toList();
	}

}
