package fi.osaamo.competence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import fi.osaamo.competence.DialogueStore.NewDialogue;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.Role;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Development dialogues: an HR specialist records what was agreed with an employee of the
 * company, both see it, and either may comment. Nobody is rated.
 */
@Service
public class DialogueManagement {

	static final int MAX_TEXT = 4000;

	private final OrganisationManagement organisations;

	private final Clock clock;

	private final DialogueStore store;

	private final DialoguePlanLinks planLinks;

	private final DialogueReader reader;

	private final DialogueFollowUps followUps;

	DialogueManagement(OrganisationManagement organisations, Clock clock, DialogueStore store,
			DialoguePlanLinks planLinks, DialogueReader reader, DialogueFollowUps followUps) {
		this.organisations = organisations;
		this.clock = clock;
		this.store = store;
		this.planLinks = planLinks;
		this.reader = reader;
		this.followUps = followUps;
	}

	/**
	 * Records a dialogue.
	 * @param hr the HR specialist recording it
	 * @param organisation their company
	 * @param person the employee
	 * @param heldOn when it was held, not in the future
	 * @param agreed what was agreed
	 * @param nextSteps the next steps
	 * @param followUpOn when to follow up, not before it was held
	 * @return the dialogue's id
	 */
	@Transactional
	public UUID record(PersonId hr, OrganisationId organisation, PersonId person, @Nullable LocalDate heldOn,
			@Nullable String agreed, @Nullable String nextSteps, @Nullable LocalDate followUpOn) {
		return record(hr, organisation, person, heldOn, agreed, nextSteps, followUpOn, List.of());
	}

	/**
	 * Records a dialogue about items of the employee's development plan.
	 * @param hr the HR specialist recording it
	 * @param organisation their company
	 * @param person the employee
	 * @param heldOn when it was held, not in the future
	 * @param agreed what was agreed
	 * @param nextSteps the next steps
	 * @param followUpOn when to follow up, not before it was held
	 * @param planItems the plan items it was about, as {@code STUDY:<id>} or
	 * {@code JOB:<id>}; only from a plan the employee shares with the company
	 * @return the dialogue's id
	 */
	@Transactional
	public UUID record(PersonId hr, OrganisationId organisation, PersonId person, @Nullable LocalDate heldOn,
			@Nullable String agreed, @Nullable String nextSteps, @Nullable LocalDate followUpOn,
			Collection<String> planItems) {
		checkAccess(hr, organisation, person);
		var problems = DialogueChecks.check(heldOn, agreed, nextSteps, followUpOn, LocalDate.now(clock));
		var links = problems.read(() -> planLinks.links(organisation, person, hr, planItems));
		problems.throwIfAny();
		var id = UUID.randomUUID();
		store.insert(new NewDialogue(id, hr, organisation, person, heldOn, agreed, nextSteps, followUpOn));
		links.forEach(link -> store.insertLink(id, link));
		return id;
	}

	private void checkAccess(PersonId hr, OrganisationId organisation, PersonId person) {
		if (!organisations.hasRole(hr, organisation, Role.HR) || !organisations.hasRole(person, organisation)) {
			throw new NotFoundException("dialogue");
		}
	}

	/**
	 * The company's dialogues that have a follow-up date, the soonest first.
	 * @param organisation the company
	 * @param hr who looks: an HR specialist of the company
	 * @return the follow-ups
	 */
	public List<FollowUp> followUps(OrganisationId organisation, PersonId hr) {
		if (!organisations.hasRole(hr, organisation, Role.HR)) {
			throw new NotFoundException("dialogues");
		}
		return followUps.of(organisation);
	}

	/**
	 * The dialogues of a person, as the viewer may see them: all of them for the person,
	 * those of their company for its HR specialists.
	 * @param person whose dialogues
	 * @param viewer who looks
	 * @return the dialogues, newest first
	 */
	public List<Dialogue> dialogues(PersonId person, PersonId viewer) {
		return reader.dialogues(person, viewer);
	}

	/**
	 * Adds a comment, by the employee or an HR specialist of the dialogue's company.
	 * @param author who comments
	 * @param dialogue on what
	 * @param text the comment
	 */
	@Transactional
	public void comment(PersonId author, UUID dialogue, @Nullable String text) {
		var owner = store.owner(dialogue);
		if (!author.equals(owner.person()) && !organisations.hasRole(author, owner.organisation(), Role.HR)) {
			throw new NotFoundException("dialogue");
		}
		checkComment(text);
		store.insertComment(dialogue, author, text);
	}

	private static void checkComment(@Nullable String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("comment", "validation.required");
		}
		if (text.strip().length() > 2000) {
			throw new InvalidInputException("comment", "validation.tooLong", 2000);
		}
	}

	@Transactional
	public void forget(PersonId person) {
		store.deleteAll(person);
	}

}
