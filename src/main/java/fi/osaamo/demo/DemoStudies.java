package fi.osaamo.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import fi.osaamo.organisation.Organisation;
import fi.osaamo.studies.NewStudy;
import fi.osaamo.studies.StudyManagement;
import fi.osaamo.studies.StudyType;
import fi.osaamo.taxonomy.ConceptRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * About a hundred studies of the region's schools and other providers, each teaching some
 * essential skills of the occupations the demo companies employ.
 */
@Component
class DemoStudies {

	private static final Logger log = LoggerFactory.getLogger(DemoStudies.class);

	private final StudyManagement studies;

	private final DemoOccupations occupations;

	private final Clock clock;

	DemoStudies(StudyManagement studies, DemoOccupations occupations, Clock clock) {
		this.studies = studies;
		this.occupations = occupations;
		this.clock = clock;
	}

	/**
	 * About a hundred studies of the region's schools and other providers, each teaching
	 * some essential skills of the occupations the demo companies employ.
	 */
	void seed(List<Organisation> companies) {
		if (studies.count() > 0) {
			return;
		}
		var random = new Random(2028);
		var today = LocalDate.now(clock);
		var providers = List.of(DemoRegion.SCHOOLS.get(0), DemoRegion.SCHOOLS.get(1), "Taitotalo Rantala",
				"Verkkoakatemia", "Kansalaisopisto Rantala");
		var seen = new java.util.LinkedHashSet<String>();
		var count = 0;
		for (var company : companies) {
			for (var occupation : occupations.occupations(company)) {
				if (!seen.add(occupation.uri())) {
					continue;
				}
				var details = occupations.details(occupation);
				var skills = DemoOccupations.essentialSkills(details);
				for (int i = 0; i < 2 && i * 3 < skills.size(); i++) {
					var taught = skills.subList(i * 3, Math.min(skills.size(), i * 3 + 3 + random.nextInt(2)));
					var type = StudyType.values()[random.nextInt(StudyType.values().length)];
					var provider = type == StudyType.ONLINE ? providers.get(3)
							: providers.get(random.nextInt(providers.size()));
					var start = today.plusDays(7 + random.nextInt(150));
					var hours = switch (type) {
						case DEGREE -> 800 + random.nextInt(1200);
						case APPRENTICESHIP -> 400 + random.nextInt(800);
						case MODULE -> 16 + random.nextInt(120);
						case ONLINE -> 4 + random.nextInt(40);
					};
					var label = taught.get(0).label().text();
					var title = Character.toUpperCase(label.charAt(0)) + label.substring(1) + " – "
							+ occupation.label().text();
					var language = random.nextInt(10) < 8 ? "fi" : random.nextBoolean() ? "sv" : "en";
					studies.save(new NewStudy("DEMO", "demo-" + count, provider, title,
							details.description() == null ? null : details.description().text(), type, language,
							type == StudyType.ONLINE ? null : DemoRegion.CITY_MUNICIPALITY, type == StudyType.ONLINE,
							start, start.plusDays(Math.max(1, hours / 8)), hours,
							java.math.BigDecimal.valueOf(type == StudyType.DEGREE ? 0 : random.nextInt(10) * 50), null,
							taught.stream().map(fi.osaamo.taxonomy.ConceptRef::uri).toList()));
					count++;
				}
			}
		}
		log.info("Demo region: {} studies", count);
	}

}
