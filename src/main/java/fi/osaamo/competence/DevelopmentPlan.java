package fi.osaamo.competence;

import java.util.List;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.NotFoundException;
import fi.osaamo.studies.StudyManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's development plan: the studies they chose, with status. Part of the mapping;
 * shared with HR only when the person shares the section.
 */
@Service
public class DevelopmentPlan {

	private final JdbcClient jdbc;

	private final MappingRepository mappings;

	private final StudyManagement studies;

	DevelopmentPlan(JdbcClient jdbc, MappingRepository mappings, StudyManagement studies) {
		this.jdbc = jdbc;
		this.mappings = mappings;
		this.studies = studies;
	}

	public List<PlanItem> items(PersonId person) {
		return jdbc.sql("select study_id, status from competence.plan_item where person_id = :person order by added_at")
			.param("person", person.value())
			.query((rs, row) -> new Object[] { rs.getObject("study_id", UUID.class), rs.getString("status") })
			.list()
			.stream()
			.flatMap(row -> studies.find((UUID) row[0])
				.map(study -> new PlanItem(study.id(), study.title(), study.provider(),
						PlanStatus.valueOf((String) row[1])))
				.stream())
			.toList();
	}

	/**
	 * Adds a study to the plan, starting the mapping if needed; adding it again changes
	 * nothing.
	 * @param person whose plan
	 * @param study the study
	 */
	@Transactional
	public void add(PersonId person, UUID study) {
		studies.find(study).orElseThrow(() -> new NotFoundException("study " + study));
		mappings.create(person);
		jdbc.sql("""
				insert into competence.plan_item (person_id, study_id, status) values (:person, :study, 'PLANNED')
				on conflict do nothing""").param("person", person.value()).param("study", study).update();
	}

	@Transactional
	public void changeStatus(PersonId person, UUID study, PlanStatus status) {
		jdbc.sql("update competence.plan_item set status = :status where person_id = :person and study_id = :study")
			.param("status", status.name())
			.param("person", person.value())
			.param("study", study)
			.update();
	}

	@Transactional
	public void remove(PersonId person, UUID study) {
		jdbc.sql("delete from competence.plan_item where person_id = :person and study_id = :study")
			.param("person", person.value())
			.param("study", study)
			.update();
	}

}
