package fi.osaamo.companies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes a company's contact log; notes marked confidential are withheld from
 * viewers who are not privileged to read them.
 */
@Repository
class ContactRepository {

	private static final String COLUMNS = """
			id, occurred_on, channel, participants, notes, topics, confidential, author_id, created_at, updated_at,
			version""";

	private static final String INSERT = """
			insert into companies.contact
			  (id, team_id, business_id, occurred_on, channel, participants, notes, topics, confidential, author_id)
			values (:id, :team, :businessId, :occurredOn, :channel, :participants, :notes, :topics, :confidential, :author)""";

	private final JdbcClient jdbc;

	ContactRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, OrganisationId team, CompanyRef company, CheckedContact checked, PersonId author) {
		jdbc.sql(INSERT)
			.param("id", id)
			.param("team", team.value())
			.param("businessId", company.businessId())
			.params(checked.values())
			.param("author", author.value())
			.update();
	}

	List<ContactEntry> ofCompany(OrganisationId team, String businessId, PersonId viewer, boolean privileged) {
		return jdbc.sql("select " + COLUMNS + " " + """
				 from companies.contact where team_id = :team and business_id = :businessId
				order by occurred_on desc, created_at desc limit 200""")
			.param("team", team.value())
			.param("businessId", businessId)
			.query((rs, row) -> entry(rs, viewer, privileged))
			.list();
	}

	Optional<ContactEntry> find(OrganisationId team, String businessId, UUID id, PersonId viewer, boolean privileged) {
		return jdbc.sql("select " + COLUMNS + " " + """
				from companies.contact where team_id = :team and business_id = :businessId and id = :id""")
			.param("team", team.value())
			.param("businessId", businessId)
			.param("id", id)
			.query((rs, row) -> entry(rs, viewer, privileged))
			.optional();
	}

	void update(OrganisationId team, String businessId, UUID id, CheckedContact checked, int version, PersonId editor) {
		OptimisticLock.update(jdbc
			.sql("""
					update companies.contact set occurred_on = :occurredOn, channel = :channel, participants = :participants,
					  notes = :notes, topics = :topics, confidential = :confidential, updated_by = :editor, updated_at = now(),
					  version = version + 1
					where team_id = :team and business_id = :businessId and id = :id and version = :version""")
			.params(checked.values())
			.param("editor", editor.value())
			.params(Map.of("team", team.value(), "businessId", businessId, "id", id)), version);
	}

	private static ContactEntry entry(ResultSet rs, PersonId viewer, boolean privileged) throws SQLException {
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

	private static List<String> topics(@Nullable String topics) {
		return topics == null ? List.of()
				: Arrays.stream(topics.split(",")).map(String::strip).filter(topic -> !topic.isEmpty()).toList();
	}

}
