package fi.osaamo.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;

import fi.osaamo.organisation.Organisation;
import fi.osaamo.studies.NewStudy;
import fi.osaamo.studies.StudyManagement;
import fi.osaamo.studies.StudyType;
import fi.osaamo.taxonomy.ConceptDetails;
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

	private static final List<String> PROVIDERS = List.of(DemoRegion.SCHOOLS.get(0), DemoRegion.SCHOOLS.get(1),
			"Taitotalo Rantala", "Verkkoakatemia", "Kansalaisopisto Rantala");

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
		var count = seed(companies, new Random(2028), LocalDate.now(clock));
		log.info("Demo region: {} studies", count);
	}

	/**
	 * Two studies of each occupation the companies employ.
	 * @return how many studies were seeded
	 */
	private int seed(List<Organisation> companies, Random random, LocalDate today) {
		var seen = new LinkedHashSet<String>();
		var count = 0;
		for (var company : companies) {
			for (var occupation : occupations.occupations(company)) {
				if (seen.add(occupation.uri())) {
					count = seed(occupation, random, today, count);
				}
			}
		}
		return count;
	}

	/** Two studies of an occupation's essential skills, three or four skills each. */
	private int seed(ConceptRef occupation, Random random, LocalDate today, int count) {
		var details = occupations.details(occupation);
		var skills = DemoOccupations.essentialSkills(details);
		var seeded = count;
		for (int i = 0; i < 2 && i * 3 < skills.size(); i++) {
			var taught = skills.subList(i * 3, Math.min(skills.size(), i * 3 + 3 + random.nextInt(2)));
			studies.save(study("demo-" + seeded++, occupation, details, taught, random, today));
		}
		return seeded;
	}

	private static NewStudy study(String id, ConceptRef occupation, ConceptDetails details, List<ConceptRef> taught,
			Random random, LocalDate today) {
		var drawn = draw(random, today);
		var online = drawn.type() == StudyType.ONLINE;
		return new NewStudy("DEMO", id, drawn.provider(), title(taught.get(0), occupation),
				details.description() == null ? null : details.description().text(), drawn.type(), drawn.language(),
				online ? null : DemoRegion.CITY_MUNICIPALITY, online, drawn.start(),
				drawn.start().plusDays(Math.max(1, drawn.hours() / 8)), drawn.hours(), drawn.price(), null,
				taught.stream().map(ConceptRef::uri).toList());
	}

	/**
	 * What is drawn for a study: its type, provider, start, length, language and price.
	 */
	private record Drawn(StudyType type, String provider, LocalDate start, int hours, String language,
			BigDecimal price) {
	}

	private static Drawn draw(Random random, LocalDate today) {
		var type = StudyType.values()[random.nextInt(StudyType.values().length)];
		var provider = type == StudyType.ONLINE ? PROVIDERS.get(3) : PROVIDERS.get(random.nextInt(PROVIDERS.size()));
		var start = today.plusDays(7 + random.nextInt(150));
		var hours = hours(type, random);
		var language = random.nextInt(10) < 8 ? "fi" : random.nextBoolean() ? "sv" : "en";
		var price = BigDecimal.valueOf(type == StudyType.DEGREE ? 0 : random.nextInt(10) * 50);
		return new Drawn(type, provider, start, hours, language, price);
	}

	private static int hours(StudyType type, Random random) {
		return switch (type) {
			case DEGREE -> 800 + random.nextInt(1200);
			case APPRENTICESHIP -> 400 + random.nextInt(800);
			case MODULE -> 16 + random.nextInt(120);
			case ONLINE -> 4 + random.nextInt(40);
		};
	}

	/** "Skill – occupation", the skill's first letter capitalised. */
	private static String title(ConceptRef skill, ConceptRef occupation) {
		var label = skill.label().text();
		return Character.toUpperCase(label.charAt(0)) + label.substring(1) + " – " + occupation.label().text();
	}

}
