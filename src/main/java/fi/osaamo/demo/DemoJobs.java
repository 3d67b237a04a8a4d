package fi.osaamo.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import fi.osaamo.organisation.Role;
import fi.osaamo.taxonomy.ConceptDetails;
import fi.osaamo.taxonomy.ConceptRef;
import org.springframework.stereotype.Component;

/**
 * The demo companies' job tasks, each posted by the company's HR specialist.
 */
@Component
class DemoJobs {

	private final OrganisationManagement organisations;

	private final IdentityManagement identities;

	private final JobManagement jobs;

	private final DemoOccupations occupations;

	DemoJobs(OrganisationManagement organisations, IdentityManagement identities, JobManagement jobs,
			DemoOccupations occupations) {
		this.organisations = organisations;
		this.identities = identities;
		this.jobs = jobs;
		this.occupations = occupations;
	}

	/**
	 * The company's HR specialist; every demo company gets one.
	 */
	PersonId hrOf(Organisation company, Random random) {
		return organisations.members(company.id())
			.stream()
			.filter(member -> member.role() == Role.HR)
			.map(Member::personId)
			.findFirst()
			.orElseGet(() -> newHr(company, random));
	}

	private PersonId newHr(Organisation company, Random random) {
		var person = identities
			.register(new NewPerson(DemoRegion.GIVEN_NAMES.get(random.nextInt(DemoRegion.GIVEN_NAMES.size())),
					DemoRegion.FAMILY_NAMES.get(random.nextInt(DemoRegion.FAMILY_NAMES.size())), null, null))
			.id();
		organisations.addMember(company.id(), person, Role.HR);
		return person;
	}

	void post(PersonId hr, Organisation company, ConceptRef occupation, Random random, LocalDate today) {
		var details = occupations.details(occupation);
		var skills = requiredSkills(details);
		var from = today.plusDays(random.nextInt(10));
		var to = from.plusDays(21 + random.nextInt(30));
		var title = Character.toUpperCase(occupation.label().text().charAt(0)) + occupation.label().text().substring(1);
		jobs.create(hr, company.id(),
				new JobDraft(title, details.description() == null ? null : details.description().text(),
						occupation.uri(), null, from, to, to.plusDays(14 + random.nextInt(30)), JobStatus.OPEN,
						skills));
	}

	/** Six of the occupation's essential skills: three a must, three nice to have. */
	private static List<RequiredSkill> requiredSkills(ConceptDetails details) {
		var skills = new ArrayList<RequiredSkill>();
		var essential = DemoOccupations.essentialSkills(details);
		for (int i = 0; i < Math.min(6, essential.size()); i++) {
			skills.add(new RequiredSkill(essential.get(i).uri(), i < 3 ? 3 : 2,
					i < 3 ? Importance.MUST : Importance.NICE, i < 3 ? 1.0 : 0.5));
		}
		return skills;
	}

}
