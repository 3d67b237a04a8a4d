package fi.osaamo.competence;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Finds the items of an employee's development plan that a dialogue is about, only in a
 * plan the employee shares with the company.
 */
@Component
class DialoguePlanLinks {

	private final SharingManagement sharing;

	private final DevelopmentPlan plan;

	DialoguePlanLinks(SharingManagement sharing, DevelopmentPlan plan) {
		this.sharing = sharing;
		this.plan = plan;
	}

	/**
	 * The plan items named.
	 * @param organisation the company
	 * @param person the employee
	 * @param hr the HR specialist who records the dialogue
	 * @param planItems the items, as {@code STUDY:<id>} or {@code JOB:<id>}
	 * @return the items, each once
	 */
	List<PlanLink> links(OrganisationId organisation, PersonId person, PersonId hr, Collection<String> planItems) {
		if (planItems.isEmpty()) {
			return List.of();
		}
		if (!sharing.activeSections(organisation, person).contains(Section.DEVELOPMENT_PLAN)) {
			throw new InvalidInputException("plan", "validation.planNotShared");
		}
		var available = available(person, hr);
		return new LinkedHashSet<>(planItems).stream().map(item -> link(item, available.get(item))).toList();
	}

	private Map<String, String> available(PersonId person, PersonId hr) {
		var available = new LinkedHashMap<String, String>();
		plan.items(person).forEach(item -> available.put("STUDY:" + item.studyId(), item.title()));
		plan.jobs(person, hr).forEach(job -> available.put("JOB:" + job.jobId(), job.title()));
		return available;
	}

	private static PlanLink link(String item, @Nullable String title) {
		if (title == null) {
			throw new InvalidInputException("plan", "validation.notInPlan");
		}
		var parts = item.split(":", 2);
		return new PlanLink(parts[0], UUID.fromString(parts[1]),
				title.length() > 300 ? title.substring(0, 300) : title);
	}

}
