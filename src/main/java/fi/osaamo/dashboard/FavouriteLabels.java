package fi.osaamo.dashboard;

import java.util.UUID;

import fi.osaamo.companies.CompanyRegister;
import fi.osaamo.competence.CityOptIns;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.jobs.JobId;
import fi.osaamo.jobs.JobManagement;
import fi.osaamo.platform.NotFoundException;
import fi.osaamo.studies.StudyManagement;
import org.springframework.stereotype.Component;

/**
 * The name kept with a favourite, read on the server when it is starred and never taken
 * from the request: a company's, a job task's or a study's name, or a talent's pseudonym
 * if the member's team may see the talent.
 */
@Component
class FavouriteLabels {

	private final CompanyRegister registry;

	private final CityOptIns talents;

	private final IdentityManagement identities;

	private final JobManagement jobs;

	private final StudyManagement studies;

	private final Teams teams;

	FavouriteLabels(CompanyRegister registry, CityOptIns talents, IdentityManagement identities, JobManagement jobs,
			StudyManagement studies, Teams teams) {
		this.registry = registry;
		this.talents = talents;
		this.identities = identities;
		this.jobs = jobs;
		this.studies = studies;
		this.teams = teams;
	}

	String label(PersonId person, Favourite.Kind kind, String target) {
		return switch (kind) {
			case COMPANY -> company(target);
			case TALENT -> talent(person, target);
			case JOB -> job(target);
			case STUDY -> study(target);
		};
	}

	private String company(String target) {
		return registry.find(target)
			.map(company -> company.name())
			.orElseThrow(() -> new NotFoundException("company " + target));
	}

	private String job(String target) {
		return jobs.openTask(new JobId(uuid(target)))
			.map(task -> task.title())
			.orElseThrow(() -> new NotFoundException("job " + target));
	}

	private String study(String target) {
		return studies.find(uuid(target))
			.map(study -> study.title())
			.orElseThrow(() -> new NotFoundException("study " + target));
	}

	private String talent(PersonId viewer, String target) {
		var person = new PersonId(uuid(target));
		var team = teams.teamOf(viewer).orElseThrow(() -> new NotFoundException("talent " + target));
		return talents.visibility(person)
			.filter(visible -> visible.city().equals(team.id()))
			.flatMap(visible -> identities.find(person))
			.map(summary -> summary.pseudonym())
			.orElseThrow(() -> new NotFoundException("talent " + target));
	}

	private static UUID uuid(String target) {
		try {
			return UUID.fromString(target);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("favourite " + target);
		}
	}

}
