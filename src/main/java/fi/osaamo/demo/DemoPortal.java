package fi.osaamo.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Random;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.identity.PersonId;
import fi.osaamo.jobs.Importance;
import fi.osaamo.jobs.JobDraft;
import fi.osaamo.jobs.JobManagement;
import fi.osaamo.jobs.JobStatus;
import fi.osaamo.jobs.RequiredSkill;
import fi.osaamo.organisation.Member;
import fi.osaamo.organisation.Organisation;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import fi.osaamo.taxonomy.ConceptRef;
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

	private final IdentityManagement identities;

	private final JobManagement jobs;

	private final DemoOccupations occupations;

	private final DemoStudies studies;

	private final DemoMappings mappings;

	private final Clock clock;

	DemoPortal(OrganisationManagement organisations, IdentityManagement identities, JobManagement jobs,
			DemoOccupations occupations, DemoStudies studies, DemoMappings mappings, Clock clock) {
		this.organisations = organisations;
		this.identities = identities;
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
		var random = new Random(2027);
		var today = LocalDate.now(clock);
		var mappings = 0;
		for (var company : companies) {
			var occupations = this.occupations.occupations(company);
			var poster = company.id().equals(konepaja.id()) ? hr : hrOf(company, random);
			for (var occupation : occupations) {
				postJob(poster, company, occupation, random, today);
			}
			mappings += this.mappings.mapPeople(company, occupations, random, company.id().equals(konepaja.id()));
		}
		log.info("Demo region: {} job tasks, {} competence mappings", companies.size() * 2, mappings);
	}

	/**
	 * The company's HR specialist; every demo company gets one.
	 */
	private PersonId hrOf(Organisation company, Random random) {
		return organisations.members(company.id())
			.stream()
			.filter(member -> member.role() == Role.HR)
			.map(Member::personId)
			.findFirst()
			.orElseGet(() -> {
				var person = identities
					.register(new NewPerson(DemoRegion.GIVEN_NAMES.get(random.nextInt(DemoRegion.GIVEN_NAMES.size())),
							DemoRegion.FAMILY_NAMES.get(random.nextInt(DemoRegion.FAMILY_NAMES.size())), null, null))
					.id();
				organisations.addMember(company.id(), person, Role.HR);
				return person;
			});
	}

	private void postJob(PersonId hr, Organisation company, ConceptRef occupation, Random random, LocalDate today) {
		var details = occupations.details(occupation);
		var skills = new ArrayList<RequiredSkill>();
		var essential = DemoOccupations.essentialSkills(details);
		for (int i = 0; i < Math.min(6, essential.size()); i++) {
			skills.add(new RequiredSkill(essential.get(i).uri(), i < 3 ? 3 : 2,
					i < 3 ? Importance.MUST : Importance.NICE, i < 3 ? 1.0 : 0.5));
		}
		var from = today.plusDays(random.nextInt(10));
		var to = from.plusDays(21 + random.nextInt(30));
		var title = Character.toUpperCase(occupation.label().text().charAt(0)) + occupation.label().text().substring(1);
		jobs.create(hr, company.id(),
				new JobDraft(title, details.description() == null ? null : details.description().text(),
						occupation.uri(), null, from, to, to.plusDays(14 + random.nextInt(30)), JobStatus.OPEN,
						skills));
	}

}
