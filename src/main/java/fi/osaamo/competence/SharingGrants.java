package fi.osaamo.competence;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes the grants: which sections of their mapping people share with which
 * organisations, and until when.
 */
@Repository
class SharingGrants {

	private static final String OF_PERSON = """
			select organisation_id, section, granted_at, expires_on, ended_on from competence.grant
			where person_id = :person order by organisation_id, section""";

	private static final String INSERT = """
			insert into competence.grant (person_id, organisation_id, section, expires_on)
			values (:person, :organisation, :section, :expires)""";

	private static final String SKILL_SHARING = """
			select person_id, organisation_id from competence.grant
			where section = 'SKILLS' and ended_on is null and (expires_on is null or expires_on >= :today)""";

	private static final String SKILL_SHARING_OF_PERSON = """
			select organisation_id from competence.grant
			where person_id = :person and section = 'SKILLS' and ended_on is null
			  and (expires_on is null or expires_on >= :today)""";

	private final JdbcClient jdbc;

	private final Clock clock;

	SharingGrants(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<Grant> of(PersonId person) {
		return jdbc.sql(OF_PERSON)
			.param("person", person.value())
			.query((rs, row) -> new Grant(new OrganisationId(rs.getObject("organisation_id", UUID.class)),
					Section.valueOf(rs.getString("section")), rs.getTimestamp("granted_at").toInstant(),
					rs.getObject("expires_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class)))
			.list();
	}

	/**
	 * The sections a person shares with an organisation today.
	 * @param organisation with whom
	 * @param person who
	 * @return the sections in force
	 */
	Set<Section> activeSections(OrganisationId organisation, PersonId person) {
		var today = LocalDate.now(clock);
		var sections = EnumSet.noneOf(Section.class);
		of(person).stream()
			.filter(grant -> grant.organisation().equals(organisation) && grant.activeOn(today))
			.forEach(grant -> sections.add(grant.section()));
		return sections;
	}

	/**
	 * Replaces what a person shares with an organisation.
	 * @param person who
	 * @param organisation with whom
	 * @param sections what
	 * @param expiresOn until when, or until revoked
	 */
	void replace(PersonId person, OrganisationId organisation, Set<Section> sections, @Nullable LocalDate expiresOn) {
		delete(person, organisation);
		for (var section : sections) {
			insert(person, organisation, section, expiresOn);
		}
	}

	void delete(PersonId person, OrganisationId organisation) {
		jdbc.sql("delete from competence.grant where person_id = :person and organisation_id = :organisation")
			.param("person", person.value())
			.param("organisation", organisation.value())
			.update();
	}

	private void insert(PersonId person, OrganisationId organisation, Section section, @Nullable LocalDate expiresOn) {
		jdbc.sql(INSERT)
			.param("person", person.value())
			.param("organisation", organisation.value())
			.param("section", section.name())
			.param("expires", expiresOn == null ? null : Date.valueOf(expiresOn))
			.update();
	}

	Map<PersonId, Set<OrganisationId>> skillSharing() {
		var sharing = new HashMap<PersonId, Set<OrganisationId>>();
		jdbc.sql(SKILL_SHARING).param("today", Date.valueOf(LocalDate.now(clock))).query(rs -> {
			sharing.computeIfAbsent(new PersonId(rs.getObject("person_id", UUID.class)), id -> new HashSet<>())
				.add(new OrganisationId(rs.getObject("organisation_id", UUID.class)));
		});
		return sharing;
	}

	Set<OrganisationId> skillSharing(PersonId person) {
		return new HashSet<>(jdbc.sql(SKILL_SHARING_OF_PERSON)
			.param("person", person.value())
			.param("today", Date.valueOf(LocalDate.now(clock)))
			.query((rs, row) -> new OrganisationId(rs.getObject("organisation_id", UUID.class)))
			.list());
	}

}
