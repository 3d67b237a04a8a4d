package fi.osaamo.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fi.osaamo.organisation.Organisation;
import fi.osaamo.platform.Language;
import fi.osaamo.taxonomy.ConceptDetails;
import fi.osaamo.taxonomy.ConceptKind;
import fi.osaamo.taxonomy.ConceptRef;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.springframework.stereotype.Component;

/**
 * The ESCO occupations typical of each demo company's industry, looked up once per
 * industry, with their essential skills.
 */
@Component
class DemoOccupations {

	/**
	 * Occupations (Finnish ESCO labels) typical of each TOL 2008 division of the demo
	 * companies.
	 */
	private static final Map<String, List<String>> OCCUPATIONS = Map.ofEntries(
			Map.entry("10", List.of("leipuri", "elintarviketeollisuuden prosessityöntekijä")),
			Map.entry("16", List.of("puuseppä", "sahatyöntekijä")), Map.entry("18", List.of("painaja", "graafikko")),
			Map.entry("20", List.of("kemisti", "laborantti")),
			Map.entry("22", List.of("muovituotteiden valmistaja", "koneenasettaja")),
			Map.entry("24", List.of("valaja", "metallurgi")), Map.entry("25", List.of("hitsaaja", "koneistaja")),
			Map.entry("26", List.of("elektroniikka-asentaja", "elektroniikkainsinööri")),
			Map.entry("28", List.of("koneasentaja", "kunnossapitoasentaja")),
			Map.entry("31", List.of("huonekalupuuseppä", "verhoilija")),
			Map.entry("35", List.of("aurinkoenergia-asentaja", "sähköinsinööri")),
			Map.entry("38", List.of("jätehuoltotyöntekijä", "kierrätystyöntekijä")),
			Map.entry("41", List.of("kirvesmies", "rakennustyönjohtaja")),
			Map.entry("43", List.of("sähköasentaja", "putkiasentaja")),
			Map.entry("45", List.of("autonasentaja", "autokorimekaanikko")),
			Map.entry("46", List.of("myyntiedustaja", "ostaja")), Map.entry("47", List.of("myyjä", "myymäläpäällikkö")),
			Map.entry("49", List.of("kuorma-autonkuljettaja", "logistiikkasuunnittelija")),
			Map.entry("51", List.of("lentorahtiagentti", "lentoaseman rahdinkäsittelijä")),
			Map.entry("52", List.of("varastotyöntekijä", "trukinkuljettaja")),
			Map.entry("55", List.of("vastaanottovirkailija", "kerroshoitaja")),
			Map.entry("56", List.of("kokki", "tarjoilija")),
			Map.entry("62", List.of("ohjelmistokehittäjä", "testaaja")),
			Map.entry("63", List.of("tietokanta-asiantuntija", "järjestelmäasiantuntija")),
			Map.entry("69", List.of("kirjanpitäjä", "palkanlaskija")),
			Map.entry("71", List.of("rakennesuunnittelija", "rakennusinsinööri")),
			Map.entry("73", List.of("graafinen suunnittelija", "markkinointiassistentti")),
			Map.entry("78", List.of("rekrytoija", "henkilöstöasiantuntija")),
			Map.entry("80", List.of("vartija", "turvallisuuspäällikkö")),
			Map.entry("81", List.of("siivooja", "kiinteistönhoitaja")),
			Map.entry("85", List.of("opettaja", "kouluttaja")),
			Map.entry("86", List.of("sairaanhoitaja", "lähihoitaja")),
			Map.entry("87", List.of("lähihoitaja", "sairaanhoitaja")));

	private final TaxonomyManagement taxonomy;

	private final Map<String, List<ConceptRef>> occupationsByIndustry = new HashMap<>();

	DemoOccupations(TaxonomyManagement taxonomy) {
		this.taxonomy = taxonomy;
	}

	List<ConceptRef> occupations(Organisation company) {
		return occupationsByIndustry.computeIfAbsent(String.valueOf(company.industryCode()),
				industry -> findOccupations(company));
	}

	private List<ConceptRef> findOccupations(Organisation company) {
		var names = OCCUPATIONS.getOrDefault(company.industryCode(), List.of("myyjä", "asiakaspalvelija"));
		var found = new ArrayList<ConceptRef>();
		for (var name : names) {
			taxonomy.searchOccupations(name, Language.FI, 1)
				.stream()
				.findFirst()
				.flatMap(match -> taxonomy.byUri(match.uri(), Language.FI))
				.ifPresent(found::add);
		}
		return found;
	}

	/**
	 * An occupation's essential skills, without skill groups.
	 * @param details the occupation
	 * @return its skills
	 */
	static List<ConceptRef> essentialSkills(ConceptDetails details) {
		return details.essentialSkills().stream().filter(skill -> skill.kind() != ConceptKind.SKILL_GROUP).toList();
	}

	/**
	 * What the taxonomy says of an occupation, in Finnish.
	 * @param occupation the occupation
	 * @return its details
	 */
	ConceptDetails details(ConceptRef occupation) {
		return taxonomy.details(occupation.id(), Language.FI).orElseThrow();
	}

}
