package fi.osaamo.competence;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
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

	DialogueManagement(JdbcClient jdbc, OrganisationManagement organisations, IdentityManagement identities,
			Clock clock, DevelopmentPlan plan, SharingManagement sharing) {
		this.plan = plan;
		this.sharing = sharing;
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
		for (var link : links) {
			jdbc.sql("""
					insert into competence.dialogue_link (dialogue_id, kind, ref_id, title)
					values (:dialogue, :kind, :ref, :title) on conflict do nothing""")
				.param("dialogue", id)
				.param("kind", link[0])
				.param("ref", UUID.fromString(link[1]))
				.param("title", link[2])
				.update();
		}
		return id;
	}

	private List<String[]> links(OrganisationId organisation, PersonId person, PersonId hr,
			Collection<String> planItems) {
		if (planItems.isEmpty()) {
			return List.of();
		}
		if (!sharing.activeSections(organisation, person).contains(Section.DEVELOPMENT_PLAN)) {
			throw new InvalidInputException("plan", "validation.planNotShared");
		}
		var available = new java.util.LinkedHashMap<String, String>();
		plan.items(person).forEach(item -> available.put("STUDY:" + item.studyId(), item.title()));
		plan.jobs(person, hr).forEach(job -> available.put("JOB:" + job.jobId(), job.title()));
		var links = new ArrayList<String[]>();
		for (var item : new java.util.LinkedHashSet<>(planItems)) {
			var title = available.get(item);
			if (title == null) {
				throw new InvalidInputException("plan", "validation.notInPlan");
			}
			var parts = item.split(":", 2);
			links.add(new String[] { parts[0], parts[1], title.length() > 300 ? title.substring(0, 300) : title });
		}
		return links;
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
			.query((rs,
					row) -> new Object[] { new PersonId(rs.getObject("person_id", UUID.class)),
							rs.getDate("held_on").toLocalDate(), rs.getDate("follow_up_on").toLocalDate() })
			.list();
		var names = identities.summaries(rows.stream().map(row -> (PersonId) row[0]).toList());
		return rows.stream()
			.filter(row -> names.containsKey((PersonId) row[0]))
			.map(row -> new FollowUp((PersonId) row[0], names.get((PersonId) row[0]).pseudonym(), (LocalDate) row[1],
					(LocalDate) row[2]))
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
		var rows = jdbc
			.sql("""
					select id, organisation_id, recorded_by, held_on, agreed, next_steps, follow_up_on from competence.dialogue
					where person_id = :person order by held_on desc, created_at desc""")
			.param("person", person.value())
			.query((rs,
					row) -> new Object[] { rs.getObject("id", UUID.class),
							new OrganisationId(rs.getObject("organisation_id", UUID.class)),
							new PersonId(rs.getObject("recorded_by", UUID.class)), rs.getDate("held_on").toLocalDate(),
							rs.getString("agreed"), rs.getString("next_steps"),
							rs.getDate("follow_up_on") == null ? null : rs.getDate("follow_up_on").toLocalDate() })
			.list()
			.stream()
			.filter(row -> viewer.equals(person) || organisations.hasRole(viewer, (OrganisationId) row[1], Role.HR))
			.toList();
		var people = new HashSet<PersonId>();
		rows.forEach(row -> people.add((PersonId) row[2]));
		var comments = new ArrayList<Object[]>();
		for (var row : rows) {
			comments.addAll(jdbc.sql("""
					select dialogue_id, author_id, text, created_at from competence.dialogue_comment
					where dialogue_id = :id order by created_at, id""")
				.param("id", row[0])
				.query((rs,
						n) -> new Object[] { rs.getObject("dialogue_id", UUID.class),
								new PersonId(rs.getObject("author_id", UUID.class)), rs.getString("text"),
								rs.getTimestamp("created_at").toInstant() })
				.list());
		}
		comments.forEach(comment -> people.add((PersonId) comment[1]));
		var names = identities.summaries(people);
		return rows.stream()
			.map(row -> new Dialogue((UUID) row[0],
					organisations.find((OrganisationId) row[1]).map(o -> o.name()).orElse("–"),
					names.containsKey((PersonId) row[2]) ? names.get((PersonId) row[2]).pseudonym() : "–",
					(LocalDate) row[3], (String) row[4], (String) row[5], (LocalDate) row[6],
					jdbc.sql("select title from competence.dialogue_link where dialogue_id = :id order by kind, title")
						.param("id", row[0])
						.query(String.class)
						.list(),
					comments.stream()
						.filter(comment -> comment[0].equals(row[0]))
						.map(comment -> new Dialogue.Comment(names.containsKey((PersonId) comment[1])
								? names.get((PersonId) comment[1]).pseudonym() : "–", (String) comment[2],
								(Instant) comment[3]))
						.toList()))
			.toList();
	}

	/**
	 * Adds a comment, by the employee or an HR specialist of the dialogue's company.
	 * @param author who comments
	 * @param dialogue on what
	 * @param text the comment
	 */
	@Transactional
	public void comment(PersonId author, UUID dialogue, @Nullable String text) {
		var owner = jdbc.sql("select person_id, organisation_id from competence.dialogue where id = :id")
			.param("id", dialogue)
			.query((rs,
					row) -> new Object[] { new PersonId(rs.getObject("person_id", UUID.class)),
							new OrganisationId(rs.getObject("organisation_id", UUID.class)) })
			.optional()
			.orElseThrow(() -> new NotFoundException("dialogue"));
		if (!author.equals(owner[0]) && !organisations.hasRole(author, (OrganisationId) owner[1], Role.HR)) {
			throw new NotFoundException("dialogue");
		}
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("comment", "validation.required");
		}
		if (text.strip().length() > 2000) {
			throw new InvalidInputException("comment", "validation.tooLong", 2000);
		}
		jdbc.sql("insert into competence.dialogue_comment (dialogue_id, author_id, text) values (:id, :author, :text)")
			.param("id", dialogue)
			.param("author", author.value())
			.param("text", text.strip())
			.update();
	}

	@Transactional
	public void forget(PersonId person) {
		jdbc.sql("delete from competence.dialogue where person_id = :person").param("person", person.value()).update();
	}

}
