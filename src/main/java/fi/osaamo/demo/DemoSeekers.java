package fi.osaamo.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import fi.osaamo.competence.CityOptIns;
import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.competence.Provenance;
import fi.osaamo.competence.Section;
import fi.osaamo.competence.SkillClaim;
import fi.osaamo.competence.TalentProfile;
import fi.osaamo.competence.TalentProfile.Situation;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.Organisation;
import fi.osaamo.platform.Language;
import fi.osaamo.taxonomy.ConceptDetails;
import fi.osaamo.taxonomy.ConceptKind;
import fi.osaamo.taxonomy.ConceptRef;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.springframework.stereotype.Component;

/**
 * The demo region's job seekers: people with occupations across the region's industries
 * (welders among them), their skills and history, visible to the city.
 */
@Component
class DemoSeekers {

	/** ESCO occupations of the job seekers: welder first, so that several weld. */
	private static final List<String> SEEKER_OCCUPATIONS = List.of("7aedaa07-3884-4c5b-88f9-80997b2aa54b",
			"572c9810-e1ee-4f7a-a71f-820f17c0c25b", "4910419f-b4af-4f59-b544-9dbebc8a74f0",
			"bea705fe-06ac-4147-b8e0-6e8ac1208d8f", "90f75f67-495d-49fa-ab57-2f320e251d7e",
			"d38c2107-98f2-47b7-8bb4-f69750d51082", "f2b15a0e-e65a-438a-affb-29b9d50b77d1",
			"0b15375e-dfdd-4047-9efb-096e0aaee7d2", "eda0d957-3c3c-4139-b89a-a18bc9e18897",
			"2a22ff9e-de3b-408d-b312-5034896cc4f4", "ed3cf43d-c2c1-4c46-82fc-1375e27e0290",
			"5df63943-f1bc-4438-90f1-92768a7a23c8");

	private static final int SEEKERS = 36;

	private final IdentityManagement identities;

	private final TaxonomyManagement taxonomy;

	private final CompetenceManagement competence;

	private final CityOptIns optIns;

	DemoSeekers(IdentityManagement identities, TaxonomyManagement taxonomy, CompetenceManagement competence,
			CityOptIns optIns) {
		this.identities = identities;
		this.taxonomy = taxonomy;
		this.competence = competence;
		this.optIns = optIns;
	}

	/**
	 * Adds the job seekers, each opted in to the city.
	 * @return how many were added
	 */
	int add(Organisation city, Random random) {
		var seekers = 0;
		for (int i = 0; i < SEEKERS; i++) {
			seekers += seeker(city, SEEKER_OCCUPATIONS.get(i % SEEKER_OCCUPATIONS.size()), random) ? 1 : 0;
		}
		return seekers;
	}

	private boolean seeker(Organisation city, String occupationId, Random random) {
		var occupation = taxonomy.details(occupationId, Language.FI).orElse(null);
		if (occupation == null) {
			return false;
		}
		var person = register(random);
		competence.start(person);
		var version = competence.replace(person, claims(occupation, random), List.of(), null, 0);
		history(person, occupation, random, version);
		optIn(person, city, occupation, random);
		return true;
	}

	private PersonId register(Random random) {
		return identities
			.register(new NewPerson(DemoTalents.pick(DemoRegion.GIVEN_NAMES, random),
					DemoTalents.pick(DemoRegion.FAMILY_NAMES, random), null, null))
			.id();
	}

	private void optIn(PersonId person, Organisation city, ConceptDetails occupation, Random random) {
		var situation = random.nextInt(5) == 0 ? Situation.STUDENT : Situation.JOB_SEEKER;
		optIns.open(person, city.id(), EnumSet.of(Section.SKILLS, Section.WORK_HISTORY, Section.EDUCATION), null,
				new TalentProfile(situation, DemoTalents.pick(DemoRegion.MUNICIPALITIES, random), occupation.uri()));
	}

	/** Six to nine of the occupation's essential skills at levels 2–5. */
	private static List<SkillClaim> claims(ConceptDetails occupation, Random random) {
		var pool = pool(occupation, random);
		var claims = new ArrayList<SkillClaim>();
		// The count is drawn again at every step: the demo's data follows from these
		// draws.
		for (int i = 0; i < Math.min(pool.size(), 6 + random.nextInt(4)); i++) {
			claims.add(new SkillClaim(pool.get(i).uri(), 2 + random.nextInt(4),
					random.nextBoolean() ? Provenance.WORK : Provenance.EDUCATION, null, null, random.nextInt(4) == 0));
		}
		return claims;
	}

	/** Up to fourteen of the occupation's essential skills, shuffled. */
	private static List<ConceptRef> pool(ConceptDetails occupation, Random random) {
		var pool = new ArrayList<>(occupation.essentialSkills()
			.stream()
			.filter(skill -> skill.kind() != ConceptKind.SKILL_GROUP)
			.limit(14)
			.toList());
		Collections.shuffle(pool, random);
		return pool;
	}

	/** Some years of work in the occupation after studying it at the region's school. */
	private void history(PersonId person, ConceptDetails occupation, Random random, int version) {
		var year = 2010 + random.nextInt(12);
		var worked = competence.addWork(person, occupation.label().text(), null, year, year + 2 + random.nextInt(4),
				version);
		competence.addEducation(person, occupation.label().text(), DemoRegion.SCHOOLS.get(0), year - 1, worked);
	}

}
