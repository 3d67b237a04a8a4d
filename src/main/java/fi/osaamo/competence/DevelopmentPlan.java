package fi.osaamo.competence;

import java.util.List;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.jobs.JobId;
import fi.osaamo.jobs.JobManagement;
import fi.osaamo.platform.NotFoundException;
import fi.osaamo.studies.StudyManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's development plan: the job tasks they aim at and the studies they chose, with
 * status. Part of the mapping; shared with HR only when the person shares the section.
 */
@Service
public class DevelopmentPlan {

	private final JdbcClient jdbc;

	private final MappingRepository mappings;

	private final StudyManagement studies;

	private final JobManagement jobs;

	DevelopmentPlan(JdbcClient jdbc, MappingRepository mappings, StudyManagement studies, JobManagement jobs) {
		this.jobs = jobs;
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

	/**
	 * The job tasks a person aims at, as far as the viewer may see them: a task removed
	 * since, or of a company the viewer has nothing to do with, is left out.
	 * @param person whose plan
	 * @param viewer who looks: the person or an HR specialist
	 * @return the job tasks, in the order they were added
	 */
	public List<PlanJob> jobs(PersonId person, PersonId viewer) {
		return jdbc.sql("select job_id from competence.plan_job where person_id = :person order by added_at")
			.param("person", person.value())
			.query((rs, row) -> new JobId(rs.getObject("job_id", UUID.class)))
			.list()
			.stream()
			.flatMap(id -> jobs.find(id, viewer).map(task -> new PlanJob(id, task.title(), task.status())).stream())
			.toList();
	}

	/**
	 * Adds a job task the person may see as a target; adding it again changes nothing.
	 * @param person whose plan
	 * @param job the job task
	 */
	@Transactional
	public void addJob(PersonId person, JobId job) {
		jobs.find(job, person).orElseThrow(() -> new NotFoundException("job " + job));
		mappings.create(person);
		jdbc.sql("""
				insert into competence.plan_job (person_id, job_id) values (:person, :job)
				on conflict do nothing""").param("person", person.value()).param("job", job.value()).update();
	}

	@Transactional
	public void removeJob(PersonId person, JobId job) {
		jdbc.sql("delete from competence.plan_job where person_id = :person and job_id = :job")
			.param("person", person.value())
			.param("job", job.value())
			.update();
	}

}
