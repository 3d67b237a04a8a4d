package fi.osaamo.companies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Companies' needs as a team charts them, and their referrals to the region's services.
 */
@Service
public class NeedManagement {

	static final String NEED_COLUMNS = """
			n.id, n.business_id, a.company_name, n.kind, n.description, n.urgency, n.status, n.industry_code,
			n.updated_at, n.version""";

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	private final ServiceCatalogue catalogue;

	private final NeedReferrals referrals;

	private final Clock clock;

	NeedManagement(JdbcClient jdbc, AccountManagement accounts, ServiceCatalogue catalogue, NeedReferrals referrals,
			Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.catalogue = catalogue;
		this.referrals = referrals;
		this.clock = clock;
	}

	/**
	 * A company's needs, newest first, with their referrals.
	 * @param team the team
	 * @param businessId the company
	 * @return the needs
	 */
	public List<Need> needs(OrganisationId team, String businessId) {
		var needs = jdbc.sql("select " + NEED_COLUMNS + """
				 from companies.need n join companies.account a using (team_id, business_id)
				where n.team_id = :team and n.business_id = :businessId order by n.created_at desc""")
			.param("team", team.value())
			.param("businessId", businessId)
			.query((rs, row) -> need(rs))
			.list();
		return referrals.withReferrals(needs);
	}

	/**
	 * One of the team's needs.
	 * @param team the team
	 * @param id the need
	 * @return the need, if the team has it
	 */
	public Optional<Need> findNeed(OrganisationId team, UUID id) {
		return jdbc.sql("select " + NEED_COLUMNS + """
				 from companies.need n join companies.account a using (team_id, business_id)
				where n.team_id = :team and n.id = :id""")
			.param("team", team.value())
			.param("id", id)
			.query((rs, row) -> need(rs))
			.optional()
			.map(need -> referrals.withReferrals(List.of(need)).get(0));
	}

	/**
	 * The team's needs changed lately, the latest first.
	 * @param team the team
	 * @param limit how many at most
	 * @return the needs, without their referrals
	 */
	public List<Need> recentlyChanged(OrganisationId team, int limit) {
		return jdbc.sql("select " + NEED_COLUMNS + """
				 from companies.need n join companies.account a using (team_id, business_id)
				where n.team_id = :team order by n.updated_at desc limit :limit""")
			.param("team", team.value())
			.param("limit", limit)
			.query((rs, row) -> need(rs))
			.list();
	}

	/**
	 * Charts a company's need.
	 * @param team the team
	 * @param company the company
	 * @param need what it needs
	 * @param actor who charts it
	 * @return the need's id
	 */
	@Transactional
	public UUID chart(OrganisationId team, CompanyRef company, NewNeed need, PersonId actor) {
		return chart(team, company, need, actor, LocalDate.now(clock));
	}

	/**
	 * Charts a need the team learnt of earlier, as its earlier records (a spreadsheet,
	 * say) show it, so that the needs over time keep their months.
	 * @param team the team
	 * @param company the company
	 * @param need what it needs
	 * @param actor who charts it
	 * @param chartedOn the day the need was charted: today or earlier
	 * @return the need's id
	 */
	@Transactional
	public UUID chart(OrganisationId team, CompanyRef company, NewNeed need, PersonId actor, LocalDate chartedOn) {
		var at = chartedAt(chartedOn);
		var kind = Checks.chosen(need.kind(), "kind");
		var description = Checks.required(need.description(), "description", 2000);
		var urgency = Checks.chosen(need.urgency(), "urgency");
		accounts.ensureAccount(team, company);
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into companies.need
				  (id, team_id, business_id, kind, description, urgency, status, industry_code, created_by, updated_by,
				   created_at, updated_at)
				values (:id, :team, :businessId, :kind, :description, :urgency, 'OPEN', :industry, :actor, :actor,
				        :at, :at)""")
			.param("id", id)
			.param("at", Timestamp.from(at))
			.param("team", team.value())
			.param("businessId", company.businessId())
			.param("kind", kind.name())
			.param("description", description)
			.param("urgency", urgency.name())
			.param("industry", company.industryCode())
			.param("actor", actor.value())
			.update();
		return id;
	}

	/**
	 * Changes where a need stands.
	 * @param team the team
	 * @param id the need
	 * @param status the new status
	 * @param version the version the user saw
	 * @param actor who changes it
	 */
	@Transactional
	public void changeStatus(OrganisationId team, UUID id, NeedStatus status, int version, PersonId actor) {
		require(team, id);
		update(team, id, status, version, actor);
	}

	/**
	 * Refers a need to a service; the need becomes referred.
	 * @param team the team
	 * @param needId the need
	 * @param serviceId a service of the team's catalogue that is not withdrawn
	 * @param followUpOn when to follow up: today or later
	 * @param language the language of the reminder e-mail
	 * @param version the need's version the user saw
	 * @param actor who refers it
	 * @return the referral's id
	 */
	@Transactional
	public UUID refer(OrganisationId team, UUID needId, UUID serviceId, LocalDate followUpOn, Language language,
			int version, PersonId actor) {
		var service = checkReferral(team, needId, serviceId, followUpOn);
		update(team, needId, NeedStatus.REFERRED, version, actor);
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into companies.referral (id, need_id, service_id, follow_up_on, language, created_by)
				values (:id, :need, :service, :followUpOn, :language, :actor)""")
			.param("id", id)
			.param("need", needId)
			.param("service", service.id())
			.param("followUpOn", followUpOn)
			.param("language", language.code())
			.param("actor", actor.value())
			.update();
		return id;
	}

	/**
	 * Records what came of a referral and closes it.
	 * @param team the team
	 * @param referralId the referral
	 * @param outcome what came of it
	 * @param met whether the need is now met
	 * @param actor who records it
	 */
	@Transactional
	public void recordOutcome(OrganisationId team, UUID referralId, String outcome, boolean met, PersonId actor) {
		var text = Checks.required(outcome, "outcome", 2000);
		var need = needOfOpenReferral(team, referralId);
		jdbc.sql("update companies.referral set outcome = :outcome, closed_at = now() where id = :id")
			.param("outcome", text)
			.param("id", referralId)
			.update();
		if (met) {
			update(team, need.id(), NeedStatus.MET, need.version(), actor);
		}
	}

	/**
	 * When a need charted on a day was charted: now if today, else at noon that day.
	 */
	private Instant chartedAt(LocalDate chartedOn) {
		if (chartedOn.isAfter(LocalDate.now(clock))) {
			throw new InvalidInputException("chartedOn", "validation.dateInFuture");
		}
		return chartedOn.equals(LocalDate.now(clock)) ? clock.instant()
				: chartedOn.atTime(12, 0).atZone(clock.getZone()).toInstant();
	}

	/**
	 * Checks that an open need can be referred to an available service with a follow-up
	 * today or later.
	 * @return the service
	 */
	private ServiceOffer checkReferral(OrganisationId team, UUID needId, UUID serviceId, LocalDate followUpOn) {
		var need = require(team, needId);
		if (need.status().closed()) {
			throw new InvalidInputException("need", "companies.referral.needClosed");
		}
		var service = catalogue.findService(team, serviceId)
			.filter(ServiceOffer::available)
			.orElseThrow(() -> new InvalidInputException("service", "companies.referral.serviceGone"));
		if (followUpOn.isBefore(LocalDate.now(clock))) {
			throw new InvalidInputException("followUpOn", "companies.referral.followUpPast");
		}
		return service;
	}

	private NeedVersion needOfOpenReferral(OrganisationId team, UUID referralId) {
		return jdbc.sql("""
				select n.id, n.version from companies.referral r join companies.need n on n.id = r.need_id
				where r.id = :id and n.team_id = :team and r.closed_at is null""")
			.param("id", referralId)
			.param("team", team.value())
			.query((rs, row) -> new NeedVersion(rs.getObject("id", UUID.class), rs.getInt("version")))
			.optional()
			.orElseThrow(() -> new NotFoundException("referral " + referralId));
	}

	private Need require(OrganisationId team, UUID id) {
		return findNeed(team, id).orElseThrow(() -> new NotFoundException("need " + id));
	}

	private void update(OrganisationId team, UUID id, NeedStatus status, int version, PersonId actor) {
		OptimisticLock.update(jdbc
			.sql("""
					update companies.need set status = :status, version = version + 1, updated_at = now(), updated_by = :actor
					where team_id = :team and id = :id and version = :version""")
			.param("status", status.name())
			.param("actor", actor.value())
			.param("team", team.value())
			.param("id", id), version);
	}

	static Need need(ResultSet rs) throws SQLException {
		return new Need(rs.getObject("id", UUID.class), rs.getString("business_id"), rs.getString("company_name"),
				NeedKind.valueOf(rs.getString("kind")), rs.getString("description"),
				Urgency.valueOf(rs.getString("urgency")), NeedStatus.valueOf(rs.getString("status")),
				rs.getString("industry_code"), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"),
				List.of());
	}

	private record NeedVersion(UUID id, int version) {
	}

}
