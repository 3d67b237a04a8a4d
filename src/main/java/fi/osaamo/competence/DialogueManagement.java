package fi.osaamo.competence;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.Role;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Development dialogues: an HR specialist records what was agreed with an employee of the
 * company, both see it, and either may comment. Nobody is rated.
 */
@Service
public class DialogueManagement {

	static final int MAX_TEXT = 4000;

	private final JdbcClient jdbc;

	private final OrganisationManagement organisations;

	private final IdentityManagement identities;

	private final Clock clock;

	private final DevelopmentPlan plan;

	private final SharingManagement sharing;

	private final DialogueReader reader;

	DialogueManagement(JdbcClient jdbc, OrganisationManagement organisations, IdentityManagement identities,
			Clock clock, DevelopmentPlan plan, SharingManagement sharing, DialogueReader reader) {
		this.plan = plan;
		this.sharing = sharing;
		this.reader = reader;
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.identities = identities;
		this.clock = clock;
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
		if (!organisations.hasRole(hr, organisation, Role.HR) || !organisations.hasRole(person, organisation)) {
			throw new NotFoundException("dialogue");
		}
		var problems = DialogueChecks.check(heldOn, agreed, nextSteps, followUpOn, LocalDate.now(clock));
		var links = problems.read(() -> links(organisation, person, hr, planItems));
		problems.throwIfAny();
		var id = UUID.randomUUID();
		insert(id, hr, organisation, person, heldOn, agreed, nextSteps, followUpOn);
		links.forEach(link -> insertLink(id, link));
		return id;
	}

	private void insert(UUID id, PersonId hr, OrganisationId organisation, PersonId person, LocalDate heldOn,
			String agreed, @Nullable String nextSteps, @Nullable LocalDate followUpOn) {
		jdbc.sql(
				"""
						insert into competence.dialogue (id, person_id, organisation_id, recorded_by, held_on, agreed, next_steps, follow_up_on)
						values (:id, :person, :organisation, :hr, :held, :agreed, :next, :follow)""")
			.param("id", id)
			.param("person", person.value())
			.param("organisation", organisation.value())
			.param("hr", hr.value())
			.param("held", Date.valueOf(heldOn))
			.param("agreed", agreed.strip())
			.param("next", nextSteps == null || nextSteps.isBlank() ? null : nextSteps.strip())
			.param("follow", followUpOn == null ? null : Date.valueOf(followUpOn))
			.update();
	}

	private void insertLink(UUID dialogue, PlanLink link) {
		jdbc.sql("""
				insert into competence.dialogue_link (dialogue_id, kind, ref_id, title)
				values (:dialogue, :kind, :ref, :title) on conflict do nothing""")
			.param("dialogue", dialogue)
			.param("kind", link.kind())
			.param("ref", link.ref())
			.param("title", link.title())
			.update();
	}

	private List<PlanLink> links(OrganisationId organisation, PersonId person, PersonId hr,
			Collection<String> planItems) {
		if (planItems.isEmpty()) {
			return List.of();
		}
		if (!sharing.activeSections(organisation, person).contains(Section.DEVELOPMENT_PLAN)) {
			throw new InvalidInputException("plan", "validation.planNotShared");
		}
		var available = new LinkedHashMap<String, String>();
		plan.items(person).forEach(item -> available.put("STUDY:" + item.studyId(), item.title()));
		plan.jobs(person, hr).forEach(job -> available.put("JOB:" + job.jobId(), job.title()));
		return new LinkedHashSet<>(planItems).stream().map(item -> link(item, available.get(item))).toList();
	}

	private static PlanLink link(String item, @Nullable String title) {
		if (title == null) {
			throw new InvalidInputException("plan", "validation.notInPlan");
		}
		var parts = item.split(":", 2);
		return new PlanLink(parts[0], UUID.fromString(parts[1]),
				title.length() > 300 ? title.substring(0, 300) : title);
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
		var rows = jdbc.sql("""
				select person_id, held_on, follow_up_on from competence.dialogue
				where organisation_id = :organisation and follow_up_on is not null
				order by follow_up_on, held_on limit 200""")
			.param("organisation", organisation.value())
			.query((rs, row) -> new FollowUpRow(new PersonId(rs.getObject("person_id", UUID.class)),
					rs.getDate("held_on").toLocalDate(), rs.getDate("follow_up_on").toLocalDate()))
			.list();
		var names = identities.summaries(rows.stream().map(FollowUpRow::person).toList());
		return rows.stream()
			.filter(row -> names.containsKey(row.person()))
			.map(row -> new FollowUp(row.person(), names.get(row.person()).pseudonym(), row.heldOn(), row.followUpOn()))
			.toList();
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
		var owner = owner(dialogue);
		if (!author.equals(owner.person()) && !organisations.hasRole(author, owner.organisation(), Role.HR)) {
			throw new NotFoundException("dialogue");
		}
		checkComment(text);
		jdbc.sql("insert into competence.dialogue_comment (dialogue_id, author_id, text) values (:id, :author, :text)")
			.param("id", dialogue)
			.param("author", author.value())
			.param("text", text.strip())
			.update();
	}

	private Owner owner(UUID dialogue) {
		return jdbc.sql("select person_id, organisation_id from competence.dialogue where id = :id")
			.param("id", dialogue)
			.query((rs, row) -> new Owner(new PersonId(rs.getObject("person_id", UUID.class)),
					new OrganisationId(rs.getObject("organisation_id", UUID.class))))
			.optional()
			.orElseThrow(() -> new NotFoundException("dialogue"));
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
		jdbc.sql("delete from competence.dialogue where person_id = :person").param("person", person.value()).update();
	}

	/**
	 * A plan item a dialogue was about: {@code STUDY} or {@code JOB}, its id and title.
	 */
	private record PlanLink(String kind, UUID ref, String title) {
	}

	private record FollowUpRow(PersonId person, LocalDate heldOn, LocalDate followUpOn) {
	}

	/** Whose dialogue it is and in which company. */
	private record Owner(PersonId person, OrganisationId organisation) {
	}

}
