package fi.osaamo.competence;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lists the people who share something with an organisation today, by pseudonym.
 */
@Component
class SharedMappingPeople {

	private static final String ACTIVE_WITH = """
			select person_id, array_agg(section order by section) as sections, min(expires_on) as expires
			from competence.grant
			where organisation_id = :organisation and ended_on is null and (expires_on is null or expires_on >= :today)
			group by person_id""";

	private final JdbcClient jdbc;

	private final IdentityManagement identities;

	private final Clock clock;

	SharedMappingPeople(JdbcClient jdbc, IdentityManagement identities, Clock clock) {
		this.jdbc = jdbc;
		this.identities = identities;
		this.clock = clock;
	}

	List<SharedPerson> with(OrganisationId organisation) {
		var shared = activeWith(organisation);
		var summaries = identities.summaries(shared.stream().map(Shared::person).toList());
		return shared.stream().filter(row -> summaries.get(row.person()) != null).map(row -> {
			var summary = summaries.get(row.person());
			return new SharedPerson(summary.id(), summary.pseudonym(), row.sections(), row.expires());
		}).sorted(Comparator.comparing(SharedPerson::pseudonym)).collect(Collectors.toCollection(ArrayList::new));
	}

	private List<Shared> activeWith(OrganisationId organisation) {
		return jdbc.sql(ACTIVE_WITH)
			.param("organisation", organisation.value())
			.param("today", Date.valueOf(LocalDate.now(clock)))
			.query((rs, row) -> new Shared(new PersonId(rs.getObject("person_id", UUID.class)),
					Arrays.stream((String[]) rs.getArray("sections").getArray()).map(Section::valueOf).toList(),
					rs.getDate("expires") == null ? null : rs.getDate("expires").toLocalDate()))
			.list();
	}

	/** What a person shares with an organisation today, and until when at the soonest. */
	private record Shared(PersonId person, List<Section> sections, @Nullable LocalDate expires) {
	}

}
