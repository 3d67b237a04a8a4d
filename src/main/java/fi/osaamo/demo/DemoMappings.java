package fi.osaamo.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.competence.Provenance;
import fi.osaamo.competence.Section;
import fi.osaamo.competence.SharingManagement;
import fi.osaamo.competence.SkillClaim;
import fi.osaamo.competence.Target;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.Member;
import fi.osaamo.organisation.Organisation;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.Role;
import fi.osaamo.taxonomy.ConceptRef;
import org.springframework.stereotype.Component;

/**
 * Competence mappings for about 40 % of a demo company's employees, some of them shared
 * with their company.
 */
@Component
class DemoMappings {

	private final OrganisationManagement organisations;

	private final CompetenceManagement competence;

	private final SharingManagement sharing;

	private final DemoOccupations occupations;

	DemoMappings(OrganisationManagement organisations, CompetenceManagement competence, SharingManagement sharing,
			DemoOccupations occupations) {
		this.organisations = organisations;
		this.competence = competence;
		this.sharing = sharing;
		this.occupations = occupations;
	}

	/**
	 * Maps about 40 % of a company's employees, a third of them sharing their skills. In
	 * the showcase company (the demo HR's) most people map and share, mostly in one
	 * occupation, so that its competence overview has counts large enough to show.
	 */
	int mapPeople(Organisation company, List<ConceptRef> chosen, Random random, boolean showcase) {
		return chosen.isEmpty() ? 0 : mapMembers(company, chosen, random, showcase);
	}

	private int mapMembers(Organisation company, List<ConceptRef> chosen, Random random, boolean showcase) {
		var count = 0;
		for (var member : organisations.members(company.id())) {
			if (picked(member, random, showcase)) {
				map(member.personId(), company, occupation(chosen, random, showcase), random, showcase);
				count++;
			}
		}
		return count;
	}

	/** Whether an employee not mapped yet is drawn to be mapped. */
	private boolean picked(Member member, Random random, boolean showcase) {
		return member.role() == Role.EMPLOYEE && random.nextInt(100) < (showcase ? 85 : 40)
				&& !competence.hasMapping(member.personId());
	}

	/** The occupation a person maps in: in the showcase company mostly the first. */
	private static ConceptRef occupation(List<ConceptRef> chosen, Random random, boolean showcase) {
		return showcase && random.nextInt(10) < 7 ? chosen.get(0) : chosen.get(random.nextInt(chosen.size()));
	}

	/** Maps a person in some skills of an occupation, with a target, sometimes shared. */
	private void map(PersonId person, Organisation company, ConceptRef occupation, Random random, boolean showcase) {
		var pool = pool(occupation, random, showcase);
		var claims = claims(pool, random);
		var targets = targets(pool, claims.size(), random);
		competence.start(person);
		competence.replace(person, claims, targets, null, 0);
		if (random.nextInt(showcase ? 5 : 3) < (showcase ? 4 : 1)) {
			sharing.share(person, company.id(), EnumSet.of(Section.SKILLS, Section.STRENGTHS), null);
		}
	}

	/** The occupation's essential skills (ten in the showcase company), shuffled. */
	private List<ConceptRef> pool(ConceptRef occupation, Random random, boolean showcase) {
		var pool = new ArrayList<>(DemoOccupations.essentialSkills(occupations.details(occupation))
			.stream()
			.limit(showcase ? 10 : Long.MAX_VALUE)
			.toList());
		Collections.shuffle(pool, random);
		return pool;
	}

	/** A target in the first skill not claimed, if there is one. */
	private static List<Target> targets(List<ConceptRef> pool, int claimed, Random random) {
		return pool.size() > claimed ? List.of(new Target(pool.get(claimed).uri(), 3 + random.nextInt(3)))
				: List.<Target>of();
	}

	private static List<SkillClaim> claims(List<ConceptRef> pool, Random random) {
		var claims = new ArrayList<SkillClaim>();
		// The count is drawn again at every step, as the demo always has: the demo
		// region's
		// data follows from this sequence of draws.
		for (int i = 0; i < Math.min(pool.size(), 5 + random.nextInt(4)); i++) {
			claims.add(new SkillClaim(pool.get(i).uri(), 1 + random.nextInt(5),
					random.nextBoolean() ? Provenance.WORK : Provenance.EDUCATION, null, null, random.nextInt(4) == 0));
		}
		return claims;
	}

}
