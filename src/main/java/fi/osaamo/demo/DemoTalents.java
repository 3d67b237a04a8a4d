package fi.osaamo.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import fi.osaamo.competence.CityOptIns;
import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.competence.Section;
import fi.osaamo.competence.TalentProfile.Situation;
import fi.osaamo.competence.TalentProfile;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.Organisation;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The talents the city's growth team finds in the demo region: job seekers
 * ({@link DemoSeekers}), and employees open to new opportunities, all of whom opted in to
 * being visible to the city; and the demo employee, who opted in too and has a contact
 * request from the growth team waiting. Made once, when nobody is visible to the city
 * yet.
 */
@Component
@Order(12)
class DemoTalents implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoTalents.class);

	private final DemoSeeder seeder;

	private final OrganisationManagement organisations;

	private final CompetenceManagement competence;

	private final CityOptIns optIns;

	private final DemoSeekers seekers;

	private final DemoEmployeeTalent employee;

	DemoTalents(DemoSeeder seeder, OrganisationManagement organisations, CompetenceManagement competence,
			CityOptIns optIns, DemoSeekers seekers, DemoEmployeeTalent employee) {
		this.optIns = optIns;
		this.seeder = seeder;
		this.organisations = organisations;
		this.competence = competence;
		this.seekers = seekers;
		this.employee = employee;
	}

	@Override
	public void run(ApplicationArguments args) {
		var city = organisations.list(DemoRegion.CITY, OrganisationType.CITY, 0, 1).items();
		if (!seeder.enabled() || city.isEmpty() || optIns.visibleCities().containsValue(city.get(0).id())) {
			return;
		}
		var random = new Random(2028);
		var seekerCount = seekers.add(city.get(0), random);
		var employees = openEmployees(city.get(0), random);
		employee.add(city.get(0));
		log.info("Demo region: {} job seekers and {} employees visible to the growth team", seekerCount, employees);
	}

	/** The employees of the region's companies who are open to opportunities. */
	private int openEmployees(Organisation city, Random random) {
		var employees = 0;
		for (var company : organisations.list("", OrganisationType.COMPANY, 0, 100).items()) {
			employees += openEmployees(city, company, random);
		}
		return employees;
	}

	/** About a third of a company's mapped employees are open to opportunities. */
	private int openEmployees(Organisation city, Organisation company, Random random) {
		var opened = 0;
		for (var member : organisations.members(company.id())) {
			if (member.role() != Role.EMPLOYEE || random.nextInt(3) != 0 || !competence.hasMapping(member.personId())) {
				continue;
			}
			open(city, company, member.personId(), random);
			opened++;
		}
		return opened;
	}

	/** An employee with some work history, opted in to the city. */
	private void open(Organisation city, Organisation company, PersonId person, Random random) {
		var mapping = competence.mapping(person).orElseThrow();
		if (mapping.work().isEmpty()) {
			competence.addWork(person, "Työntekijä", company.name(), 2018 + random.nextInt(6), null, mapping.version());
		}
		optIns.open(person, city.id(), EnumSet.of(Section.SKILLS, Section.WORK_HISTORY), null,
				new TalentProfile(Situation.OPEN_TO_OFFERS, pick(DemoRegion.MUNICIPALITIES, random), null));
	}

	static String pick(List<String> names, Random random) {
		return names.get(random.nextInt(names.size()));
	}

}
