package fi.osaamo.competence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes dialogues, the plan items they were about and their comments, and tells whose
 * dialogue one is.
 */
@Repository
class DialogueStore {

	private static final String INSERT = """
			insert into competence.dialogue (id, person_id, organisation_id, recorded_by, held_on, agreed, next_steps, follow_up_on)
			values (:id, :person, :organisation, :hr, :held, :agreed, :next, :follow)""";

	private static final String INSERT_LINK = """
			insert into competence.dialogue_link (dialogue_id, kind, ref_id, title)
			values (:dialogue, :kind, :ref, :title) on conflict do nothing""";

	private final JdbcClient jdbc;

	DialogueStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(NewDialogue dialogue) {
		jdbc.sql(INSERT)
			.param("id", dialogue.id())
			.param("person", dialogue.person().value())
			.param("organisation", dialogue.organisation().value())
			.param("hr", dialogue.hr().value())
			.param("held", Date.valueOf(dialogue.heldOn()))
			.param("agreed", dialogue.agreed().strip())
			.param("next", textOrNull(dialogue.nextSteps()))
			.param("follow", dialogue.followUpOn() == null ? null : Date.valueOf(dialogue.followUpOn()))
			.update();
	}

	private static @Nullable String textOrNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	void insertLink(UUID dialogue, PlanLink link) {
		jdbc.sql(INSERT_LINK)
			.param("dialogue", dialogue)
			.param("kind", link.kind())
			.param("ref", link.ref())
			.param("title", link.title())
			.update();
	}

	void insertComment(UUID dialogue, PersonId author, String text) {
		jdbc.sql("insert into competence.dialogue_comment (dialogue_id, author_id, text) values (:id, :author, :text)")
			.param("id", dialogue)
			.param("author", author.value())
			.param("text", text.strip())
			.update();
	}

	Owner owner(UUID dialogue) {
		return jdbc.sql("select person_id, organisation_id from competence.dialogue where id = :id")
			.param("id", dialogue)
			.query((rs, row) -> new Owner(new PersonId(rs.getObject("person_id", UUID.class)),
					new OrganisationId(rs.getObject("organisation_id", UUID.class))))
			.optional()
			.orElseThrow(() -> new NotFoundException("dialogue"));
	}

	void deleteAll(PersonId person) {
		jdbc.sql("delete from competence.dialogue where person_id = :person").param("person", person.value()).update();
	}

	/** A dialogue to record, as checked. */
	record NewDialogue(UUID id, PersonId hr, OrganisationId organisation, PersonId person, LocalDate heldOn,
			String agreed, @Nullable String nextSteps, @Nullable LocalDate followUpOn) {
	}

	/** Whose dialogue it is and in which company. */
	record Owner(PersonId person, OrganisationId organisation) {
	}

}
