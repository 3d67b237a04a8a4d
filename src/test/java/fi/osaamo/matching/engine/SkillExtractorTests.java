package fi.osaamo.matching.engine;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SkillExtractorTests {

	static final String SKILL = "http://data.europa.eu/esco/skill/";

	static final String MIG = SKILL + "f015c5d5-6a1c-4f63-9012-a05f4f34105e";

	static final String MAG = SKILL + "60ff3eac-7d4d-4e51-87b8-74c3b5d62498";

	static final String TIG = SKILL + "a51adea8-bf02-488a-a0d8-b0961caca5b0";

	static final String FIRST_AID = SKILL + "f7464f30-662b-4177-85a0-3df9693e9e58";

	static final String PROVIDE_FIRST_AID = SKILL + "1d21f6ad-340f-45da-a0a3-4e83867f47a6";

	static final String WELDING_INSPECTION = SKILL + "34016949-da9c-4107-98e3-1080ae405e27";

	static final String FORKLIFT = SKILL + "28cb374e-6261-4133-8371-f9a5470145da";

	static final String SQL = SKILL + "598de5b0-5b58-4ea7-8058-a4bc4d18c742";

	final SkillExtractor extractor = BundledLabels.extractor();

	@Test
	void theTextsOwnLanguageIsReadWhateverTheFallback() {
		assertThat(extractor.language("Haemme hitsaajaa, jolla on kokemusta MIG-hitsauksesta.", "en")).isEqualTo("fi");
		assertThat(extractor.language("Vi söker en svetsare med erfarenhet av MIG-svetsning.", "fi")).isEqualTo("sv");
		assertThat(extractor.language("We are looking for a welder with MIG welding experience.", "fi"))
			.isEqualTo("en");
		assertThat(extractor.language("MIG-hitsaus, ensiapu, trukkikortti", "en")).isEqualTo("fi");
		assertThat(extractor.language("12345", "sv")).isEqualTo("sv");
	}

	@Test
	void finnishInflectionCompoundsAndAbbreviationsAreRead() {
		var text = "Työ on MIG/MAG-hitsausta ja TIG-hitsauksen osaaminen on eduksi. Tarkastat hitsaussaumat itse. "
				+ "Ensiapukoulutus ja trukkikortti vaaditaan.";
		assertThat(uris(text, "fi")).contains(MIG, MAG, TIG, WELDING_INSPECTION, FIRST_AID, FORKLIFT);
		assertThat(uris("Osaat antaa ensiapua.", "fi")).containsExactly(PROVIDE_FIRST_AID);
		assertThat(uris("Kokemusta SQL:stä.", "fi")).contains(SQL);
	}

	@Test
	void swedishAbbreviationsNameTheSkillTheLabelsSpellOut() {
		assertThat(uris("Du behärskar TIG-svetsning och har truckkort.", "sv")).contains(TIG, FORKLIFT);
	}

	@Test
	void proposalsAreLabelledInTheReadersLanguageWithThePhraseAsWritten() {
		var matches = extractor.extract("Ensiapukoulutus vaaditaan.", "fi", "en");
		assertThat(matches).singleElement().satisfies(match -> {
			assertThat(match.uri()).isEqualTo(FIRST_AID);
			assertThat(match.label()).isEqualTo("first aid");
			assertThat(match.phrase()).isEqualTo("Ensiapukoulutus");
			assertThat(match.start()).isZero();
			assertThat(match.language()).isEqualTo("fi");
		});
		assertThat(extractor.label(FIRST_AID, "sv")).isEqualTo("första hjälpen");
	}

	@Test
	void everydayWordsNameNoSkill() {
		assertThat(uris("We built it from scratch with a lot of experience.", "en")).isEmpty();
	}

	private List<String> uris(String text, String language) {
		return extractor.extract(text, language, "en").stream().map(SkillExtractor.Match::uri).toList();
	}

}
