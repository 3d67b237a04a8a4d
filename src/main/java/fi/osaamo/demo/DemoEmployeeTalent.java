package fi.osaamo.demo;

import java.util.EnumSet;
import java.util.List;

import fi.osaamo.competence.CityOptIns;
import fi.osaamo.competence.CityTalents;
import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.competence.Provenance;
import fi.osaamo.competence.Section;
import fi.osaamo.competence.SkillClaim;
import fi.osaamo.competence.TalentProfile;
import fi.osaamo.competence.TalentProfile.Situation;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.Organisation;
import org.springframework.stereotype.Component;

/**
 * The demo employee as a talent: opted in to the city, with a contact request from the
 * growth team waiting.
 */
@Component
class DemoEmployeeTalent {

	private final IdentityManagement identities;

	private final CompetenceManagement competence;

	private final CityOptIns optIns;

	private final CityTalents talents;

	DemoEmployeeTalent(IdentityManagement identities, CompetenceManagement competence, CityOptIns optIns,
			CityTalents talents) {
		this.identities = identities;
		this.competence = competence;
		this.optIns = optIns;
		this.talents = talents;
	}

	/** The demo employee opted in, and the growth team asked to get in touch. */
	void add(Organisation city) {
		var employee = identities.findByUsername("demo-employee").map(summary -> summary.id()).orElse(null);
		var growth = identities.findByUsername("demo-growth").map(summary -> summary.id()).orElse(null);
		if (employee == null || growth == null) {
			return;
		}
		mapIfMissing(employee);
		optIns.open(employee, city.id(), EnumSet.of(Section.SKILLS, Section.WORK_HISTORY), null,
				new TalentProfile(Situation.OPEN_TO_OFFERS, DemoRegion.CITY_MUNICIPALITY, null));
		talents.requestContact(city.id(), employee, growth,
				"Hei! Kasvutiimi etsii hitsaajia uuteen rekrytointiin. Sopisiko lyhyt puhelu ensi viikolla?");
	}

	/** A mapping with one skill for the demo employee, unless they have one. */
	private void mapIfMissing(PersonId employee) {
		if (!competence.hasMapping(employee)) {
			competence.start(employee);
			competence.replace(employee,
					List.of(new SkillClaim("http://data.europa.eu/esco/skill/530cb489-d900-46ab-9350-4d50ccd49eea", 4,
							Provenance.WORK, null, null, true)),
					List.of(), null, 0);
		}
	}

}
