package fi.osaamo.competence;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.DisclosureControl;
import org.springframework.jdbc.core.simple.JdbcClient;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.Role;
import fi.osaamo.platform.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The companies' competence overviews, released monthly: made at the month's first
 * request for a company, from the people who share their skills with it on that day, and
 * kept as made (see {@link CompetenceOverview}). Two instances making the same release at
 * once keep the one stored first.
 */
@Service
public class CompetenceOverviews {

	private static final String SHARED_SKILLS = """
			select g.person_id, s.skill_uri, s.level
			from competence.grant g left join competence.skill s on s.person_id = g.person_id
			where g.organisation_id = :organisation and g.section = 'SKILLS' and g.ended_on is null
			  and (g.expires_on is null or g.expires_on >= :today)
			order by g.person_id""";

	private final JdbcClient jdbc;

	private final DisclosureControl disclosure;

	private final CompetenceOverviewReleases releases;

	private final OrganisationManagement organisations;

	private final Clock clock;

	CompetenceOverviews(JdbcClient jdbc, DisclosureControl disclosure, CompetenceOverviewReleases releases,
			OrganisationManagement organisations, Clock clock) {
		this.jdbc = jdbc;
		this.disclosure = disclosure;
		this.releases = releases;
		this.organisations = organisations;
		this.clock = clock;
	}

	/**
	 * The company's competence overview for one of its HR specialists.
	 * @param organisation the company
	 * @param viewer who looks: an HR specialist of the company
	 * @return this month's release
	 */
	public CompetenceOverview forHr(OrganisationId organisation, PersonId viewer) {
		if (!organisations.hasRole(viewer, organisation, Role.HR)) {
			throw new NotFoundException("overview");
		}
		return current(organisation);
	}

	/**
	 * A company's competence overview, for readers the caller has authorised (the growth
	 * team's company page).
	 * @param organisation the company
	 * @return this month's release
	 */
	public CompetenceOverview current(OrganisationId organisation) {
		var month = YearMonth.now(clock);
		return releases.find(organisation, month).orElseGet(() -> {
			releases.store(organisation, month, compute(organisation, month));
			return releases.find(organisation, month).orElseThrow();
		});
	}

	/** The overview as it would be released now. */
	CompetenceOverview compute(OrganisationId organisation, YearMonth month) {
		var tally = new OverviewTally(disclosure);
		jdbc.sql(SHARED_SKILLS)
			.param("organisation", organisation.value())
			.param("today", Date.valueOf(LocalDate.now(clock)))
			.query(rs -> {
				tally.add(rs);
			});
		return tally.overview(month);
	}

}
