package fi.osaamo.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import fi.osaamo.identity.PersonId;
import fi.osaamo.jobs.JobManagement;
import fi.osaamo.organisation.Organisation;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes the demo region's portal look alive: studies, two job tasks for every company,
 * drawn from ESCO occupations of its industry with their essential skills, and a
 * competence mapping for about 40 % of the people, some of them shared with their
 * company.
 */
@Component
class DemoPortal {

	private static final Logger log = LoggerFactory.getLogger(DemoPortal.class);

	private final OrganisationManagement organisations;

	private final JobManagement jobs;

	private final DemoOccupations occupations;

	private final DemoStudies studies;

	private final DemoMappings mappings;

	private final Clock clock;

	private final DemoJobs demoJobs;

	DemoPortal(OrganisationManagement organisations, JobManagement jobs, DemoOccupations occupations,
			DemoStudies studies, DemoMappings mappings, Clock clock, DemoJobs demoJobs) {
		this.demoJobs = demoJobs;
		this.organisations = organisations;
		this.jobs = jobs;
		this.occupations = occupations;
		this.studies = studies;
		this.mappings = mappings;
		this.clock = clock;
	}

	/**
	 * Seeds job tasks and mappings, unless the demo companies already have job tasks.
	 * @param hr the demo HR specialist, who posts the tasks
	 */
	void seed(PersonId hr) {
		var companies = organisations.list("", OrganisationType.COMPANY, 0, 100).items();
		studies.seed(companies);
		var konepaja = companies.stream().filter(c -> c.name().startsWith("Konepaja")).findFirst().orElse(null);
		if (konepaja == null || jobs.list(hr, konepaja.id(), null, "", 0, 1).total() > 0) {
			return;
		}
		log.info("Seeding job tasks and competence mappings of the demo region");
		var mappings = seedJobs(hr, konepaja, companies);
		log.info("Demo region: {} job tasks, {} competence mappings", companies.size() * 2, mappings);
	}

	/**
	 * Posts each company's job tasks and maps its people's competences.
	 * @return how many people were mapped
	 */
	private int seedJobs(PersonId hr, Organisation konepaja, List<Organisation> companies) {
		var plan = new Plan(hr, konepaja.id(), new Random(2027), LocalDate.now(clock));
		var mappings = 0;
		for (var company : companies) {
			mappings += seedCompany(plan, company);
		}
		return mappings;
	}

	private int seedCompany(Plan plan, Organisation company) {
		var occupations = this.occupations.occupations(company);
		var konepaja = company.id().equals(plan.konepaja());
		var poster = konepaja ? plan.hr() : demoJobs.hrOf(company, plan.random());
		for (var occupation : occupations) {
			demoJobs.post(poster, company, occupation, plan.random(), plan.today());
		}
		return this.mappings.mapPeople(company, occupations, plan.random(), konepaja);
	}

	/**
	 * What the job tasks are seeded with: the demo HR specialist, their company, the
	 * draws and today.
	 */
	private record Plan(PersonId hr, OrganisationId konepaja, Random random, LocalDate today) {
	}

}
