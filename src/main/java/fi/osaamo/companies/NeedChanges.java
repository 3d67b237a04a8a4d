package fi.osaamo.companies;

import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections of what a need is: its kind, description and urgency. Where it stands is
 * changed by {@link NeedManagement}; its referrals stay as they were.
 */
@Service
public class NeedChanges {

	private final NeedRepository repository;

	private final NeedManagement needs;

	NeedChanges(NeedRepository repository, NeedManagement needs) {
		this.repository = repository;
		this.needs = needs;
	}

	/**
	 * Checks a need and keeps every problem, for a form that shows them all at once.
	 * @param problems where the problems go
	 * @param need the need
	 */
	public static void check(FormProblems problems, NewNeed need) {
		problems.read(() -> Checks.chosen(need.kind(), "kind"));
		problems.read(() -> Checks.required(need.description(), "description", 2000));
		problems.read(() -> Checks.chosen(need.urgency(), "urgency"));
	}

	/**
	 * Corrects a company's need, if no one changed it since the user saw it.
	 * @param team the team
	 * @param businessId the company
	 * @param id the need
	 * @param need what it now is
	 * @param version the version the user saw
	 * @param actor who corrects it
	 */
	@Transactional
	public void correct(OrganisationId team, String businessId, UUID id, NewNeed need, int version, PersonId actor) {
		var problems = new FormProblems();
		check(problems, need);
		problems.throwIfAny();
		needs.findNeed(team, id)
			.filter(found -> found.businessId().equals(businessId))
			.orElseThrow(() -> new NotFoundException("need " + id));
		repository.correct(team, businessId, id, need, version, actor);
	}

}
