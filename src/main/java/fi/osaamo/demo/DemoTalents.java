package fi.osaamo.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import fi.osaamo.competence.CityOptIns;
import fi.osaamo.competence.CityTalents;
import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.competence.Provenance;
import fi.osaamo.competence.Section;
import fi.osaamo.competence.SkillClaim;
import fi.osaamo.competence.TalentProfile.Situation;
import fi.osaamo.competence.TalentProfile;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.Organisation;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import fi.osaamo.platform.Language;
import fi.osaamo.taxonomy.ConceptDetails;
import fi.osaamo.taxonomy.ConceptKind;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The talents the city's growth team finds in the demo region: job seekers with
 * occupations across the region's industries (welders among them), and employees open to
 * new opportunities, all of whom opted in to being visible to the city; and the demo
 * employee, who opted in too and has a contact request from the growth team waiting. Made
 * once, when nobody is visible to the city yet.
 */
@Component
@Order(12)
class DemoTalents implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoTalents.class);

	/** ESCO occupations of the job seekers: welder first, so that several weld. */
	private static final List<String> SEEKER_OCCUPATIONS = List.of("7aedaa07-3884-4c5b-88f9-80997b2aa54b",
			"572c9810-e1ee-4f7a-a71f-820f17c0c25b", "4910419f-b4af-4f59-b544-9dbebc8a74f0",
			"bea705fe-06ac-4147-b8e0-6e8ac1208d8f", "90f75f67-495d-49fa-ab57-2f320e251d7e",
			"d38c2107-98f2-47b7-8bb4-f69750d51082", "f2b15a0e-e65a-438a-affb-29b9d50b77d1",
			"0b15375e-dfdd-4047-9efb-096e0aaee7d2", "eda0d957-3c3c-4139-b89a-a18bc9e18897",
			"2a22ff9e-de3b-408d-b312-5034896cc4f4", "ed3cf43d-c2c1-4c46-82fc-1375e27e0290",
			"5df63943-f1bc-4438-90f1-92768a7a23c8");

	private static final int SEEKERS = 36;

	private final DemoSeeder seeder;

	private final OrganisationManagement organisations;

	private final IdentityManagement identities;

	private final TaxonomyManagement taxonomy;

	private final CompetenceManagement competence;

	private final CityOptIns optIns;

	private final CityTalents talents;

	DemoTalents(DemoSeeder seeder, OrganisationManagement organisations, IdentityManagement identities,
			TaxonomyManagement taxonomy, CompetenceManagement competence, CityOptIns optIns, CityTalents talents) {
		this.optIns = optIns;
		this.seeder = seeder;
		this.organisations = organisations;
		this.identities = identities;
		this.taxonomy = taxonomy;
		this.competence = competence;
		this.talents = talents;
	}

	@Override
	public void run(ApplicationArguments args) {
		var city = organisations.list(DemoRegion.CITY, OrganisationType.CITY, 0, 1).items();
		if (!seeder.enabled() || city.isEmpty() || optIns.visibleCities().containsValue(city.get(0).id())) {
			return;
		}
		var random = new Random(2028);
		var seekers = 0;
		for (int i = 0; i < SEEKERS; i++) {
			seekers += seeker(city.get(0), SEEKER_OCCUPATIONS.get(i % SEEKER_OCCUPATIONS.size()), random) ? 1 : 0;
		}
		var employees = 0;
		for (var company : organisations.list("", OrganisationType.COMPANY, 0, 100).items()) {
			employees += openEmployees(city.get(0), company, random);
		}
		demoEmployee(city.get(0));
		log.info("Demo region: {} job seekers and {} employees visible to the growth team", seekers, employees);
	}

	private boolean seeker(Organisation city, String occupationId, Random random) {
		var occupation = taxonomy.details(occupationId, Language.FI).orElse(null);
		if (occupation == null) {
			return false;
		}
		var person = identities.register(
				new NewPerson(pick(DemoRegion.GIVEN_NAMES, random), pick(DemoRegion.FAMILY_NAMES, random), null, null));
		competence.start(person.id());
		var version = competence.replace(person.id(), claims(occupation, random), List.of(), null, 0);
		history(person.id(), occupation, random, version);
		var situation = random.nextInt(5) == 0 ? Situation.STUDENT : Situation.JOB_SEEKER;
		optIns.open(person.id(), city.id(), EnumSet.of(Section.SKILLS, Section.WORK_HISTORY, Section.EDUCATION), null,
				new TalentProfile(situation, pick(DemoRegion.MUNICIPALITIES, random), occupation.uri()));
		return true;
	}

	/** Six to nine of the occupation's essential skills at levels 2–5. */
	private static List<SkillClaim> claims(ConceptDetails occupation, Random random) {
		var pool = new ArrayList<>(occupation.essentialSkills()
			.stream()
			.filter(skill -> skill.kind() != ConceptKind.SKILL_GROUP)
			.limit(14)
			.toList());
		Collections.shuffle(pool, random);
		var claims = new ArrayList<SkillClaim>();
		// The count is drawn again at every step: the demo's data follows from these
		// draws.
		for (int i = 0; i < Math.min(pool.size(), 6 + random.nextInt(4)); i++) {
			claims.add(new SkillClaim(pool.get(i).uri(), 2 + random.nextInt(4),
					random.nextBoolean() ? Provenance.WORK : Provenance.EDUCATION, null, null, random.nextInt(4) == 0));
		}
		return claims;
	}

	/** Some years of work in the occupation after studying it at the region's school. */
	private void history(PersonId person, ConceptDetails occupation, Random random, int version) {
		var year = 2010 + random.nextInt(12);
		var worked = competence.addWork(person, occupation.label().text(), null, year, year + 2 + random.nextInt(4),
				version);
		competence.addEducation(person, occupation.label().text(), DemoRegion.SCHOOLS.get(0), year - 1, worked);
	}

	/** About a third of a company's mapped employees are open to opportunities. */
	private int openEmployees(Organisation city, Organisation company, Random random) {
		var opened = 0;
		for (var member : organisations.members(company.id())) {
			if (member.role() != Role.EMPLOYEE || random.nextInt(3) != 0 || !competence.hasMapping(member.personId())) {
				continue;
			}
			var mapping = competence.mapping(member.personId()).orElseThrow();
			if (mapping.work().isEmpty()) {
				competence.addWork(member.personId(), "Työntekijä", company.name(), 2018 + random.nextInt(6), null,
						mapping.version());
			}
			optIns.open(member.personId(), city.id(), EnumSet.of(Section.SKILLS, Section.WORK_HISTORY), null,
					new TalentProfile(Situation.OPEN_TO_OFFERS, pick(DemoRegion.MUNICIPALITIES, random), null));
			opened++;
		}
		return opened;
	}

	/** The demo employee opted in, and the growth team asked to get in touch. */
	private void demoEmployee(Organisation city) {
		var employee = identities.findByUsername("demo-employee").map(summary -> summary.id()).orElse(null);
		var growth = identities.findByUsername("demo-growth").map(summary -> summary.id()).orElse(null);
		if (employee == null || growth == null) {
			return;
		}
		if (!competence.hasMapping(employee)) {
			competence.start(employee);
			competence.replace(employee,
					List.of(new SkillClaim("http://data.europa.eu/esco/skill/530cb489-d900-46ab-9350-4d50ccd49eea", 4,
							Provenance.WORK, null, null, true)),
					List.of(), null, 0);
		}
		optIns.open(employee, city.id(), EnumSet.of(Section.SKILLS, Section.WORK_HISTORY), null,
				new TalentProfile(Situation.OPEN_TO_OFFERS, DemoRegion.CITY_MUNICIPALITY, null));
		talents.requestContact(city.id(), employee, growth,
				"Hei! Kasvutiimi etsii hitsaajia uuteen rekrytointiin. Sopisiko lyhyt puhelu ensi viikolla?");
	}

	private static String pick(List<String> names, Random random) {
		return names.get(random.nextInt(names.size()));
	}

}
