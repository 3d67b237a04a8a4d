package fi.osaamo.coach.apprenticeships;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.Organisation;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A school's apprenticeships a page at a time, the current and coming periods first: the
 * apprentice by name for the school's staff (each read logged), the workplace and its
 * instructor by name.
 */
@Component
class ApprenticeshipList {

	static final int PAGE_SIZE = 25;

	private static final String PAGE = """
			select a.apprentice_id, a.company_id, a.external_id, a.qualification, a.cohort, a.starts_on, a.ends_on,
			  a.instructor_id, latest.reading, latest.topic, latest.received_at
			from coach.apprenticeship a
			left join lateral (select reading, topic, received_at from coach.answer
			                   where apprenticeship_id = a.id order by received_at desc limit 1) latest on true
			where a.school_id = :school
			order by a.ends_on < :today, a.starts_on, a.external_id
			limit :limit offset :offset""";

	private static final String COUNT = "select count(*) from coach.apprenticeship where school_id = :school";

	private static final String PURPOSE = "Apprenticeship follow-up: the school's list of apprentices";

	private final JdbcClient jdbc;

	private final IdentityManagement identities;

	private final OrganisationManagement organisations;

	ApprenticeshipList(JdbcClient jdbc, IdentityManagement identities, OrganisationManagement organisations) {
		this.jdbc = jdbc;
		this.identities = identities;
		this.organisations = organisations;
	}

	private record Stored(PersonId apprentice, OrganisationId company, String externalId, String qualification,
			@Nullable String cohort, LocalDate startsOn, LocalDate endsOn, PersonId instructor,
			ApprenticeshipRow.@Nullable LatestAnswer answer) {
	}

	long count(OrganisationId school) {
		return this.jdbc.sql(COUNT).param("school", school.value()).query(Long.class).single();
	}

	List<ApprenticeshipRow> page(OrganisationId school, int page, LocalDate today, PersonId viewer) {
		var stored = this.jdbc.sql(PAGE)
			.param("school", school.value())
			.param("today", today)
			.param("limit", PAGE_SIZE)
			.param("offset", page * PAGE_SIZE)
			.query((rs, n) -> stored(rs))
			.list();
		var instructors = this.identities.summaries(stored.stream().map(Stored::instructor).distinct().toList());
		var companies = new HashMap<OrganisationId, String>();
		return stored.stream()
			.map(row -> new ApprenticeshipRow(name(row.apprentice(), viewer), row.externalId(),
					companies.computeIfAbsent(row.company(),
							id -> this.organisations.find(id).map(Organisation::name).orElse("")),
					row.qualification(), row.cohort(), row.startsOn(), row.endsOn(),
					instructors.containsKey(row.instructor()) ? instructors.get(row.instructor()).atWork() : "",
					row.answer()))
			.toList();
	}

	private static Stored stored(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Stored(new PersonId(rs.getObject("apprentice_id", UUID.class)),
				new OrganisationId(rs.getObject("company_id", UUID.class)), rs.getString("external_id"),
				rs.getString("qualification"), rs.getString("cohort"), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), new PersonId(rs.getObject("instructor_id", UUID.class)),
				latest(rs));
	}

	private static ApprenticeshipRow.@Nullable LatestAnswer latest(java.sql.ResultSet rs) throws java.sql.SQLException {
		var reading = rs.getString("reading");
		return reading == null ? null : new ApprenticeshipRow.LatestAnswer(reading, rs.getString("topic"),
				rs.getTimestamp("received_at").toInstant());
	}

	private String name(PersonId apprentice, PersonId viewer) {
		return this.identities.personalData(apprentice, viewer, PURPOSE)
			.map(data -> data.fullName() == null ? data.pseudonym() : data.fullName())
			.orElse("");
	}

}
