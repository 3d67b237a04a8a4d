package fi.osaamo.companies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Companies' needs as a team charts them, and their referrals to the region's services.
 */
@Service
public class NeedManagement {

	private final NeedQueries queries;

	private final NeedRepository repository;

	private final AccountManagement accounts;

	private final NeedChecks checks;

	private final NeedReferrals referrals;

	private final Clock clock;

	NeedManagement(NeedQueries queries, NeedRepository repository, AccountManagement accounts, NeedChecks checks,
			NeedReferrals referrals, Clock clock) {
		this.queries = queries;
		this.repository = repository;
		this.accounts = accounts;
		this.checks = checks;
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
		return referrals.withReferrals(queries.ofCompany(team, businessId));
	}

	/**
	 * One of the team's needs.
	 * @param team the team
	 * @param id the need
	 * @return the need, if the team has it
	 */
	public Optional<Need> findNeed(OrganisationId team, UUID id) {
		return queries.find(team, id).map(need -> referrals.withReferrals(List.of(need)).get(0));
	}

	/**
	 * The team's needs changed lately, the latest first.
	 * @param team the team
	 * @param limit how many at most
	 * @return the needs, without their referrals
	 */
	public List<Need> recentlyChanged(OrganisationId team, int limit) {
		return queries.recentlyChanged(team, limit);
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
		var at = checks.chartedAt(chartedOn);
		var kind = Checks.chosen(need.kind(), "kind");
		var description = Checks.required(need.description(), "description", 2000);
		var urgency = Checks.chosen(need.urgency(), "urgency");
		accounts.ensureAccount(team, company);
		var id = UUID.randomUUID();
		repository.insert(id, team, company, new NewNeed(kind, description, urgency), actor, at);
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
		repository.updateStatus(team, id, status, version, actor);
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
		var service = checks.referral(require(team, needId), team, serviceId, followUpOn);
		repository.updateStatus(team, needId, NeedStatus.REFERRED, version, actor);
		return referrals.insert(needId, service.id(), followUpOn, language, actor);
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
		var need = referrals.needOfOpen(team, referralId);
		referrals.close(referralId, text);
		if (met) {
			repository.updateStatus(team, need.id(), NeedStatus.MET, need.version(), actor);
		}
	}

	private Need require(OrganisationId team, UUID id) {
		return findNeed(team, id).orElseThrow(() -> new NotFoundException("need " + id));
	}

}
