package fi.osaamo.classification;

import fi.osaamo.platform.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClassificationManagementTests {

	private final ClassificationManagement classifications = new ClassificationManagement();

	@Test
	void namesMunicipalitiesInEachLanguage() {
		assertThat(classifications.municipality("092", Language.FI)).hasValueSatisfying(m -> {
			assertThat(m.name()).isEqualTo("Vantaa");
			assertThat(m.parent()).isEqualTo("01");
		});
		assertThat(classifications.municipality("092", Language.SV).orElseThrow().name()).isEqualTo("Vanda");
		assertThat(classifications.municipality("999", Language.FI)).isEmpty();
		assertThat(classifications.municipalities(Language.FI)).hasSize(308);
	}

	@Test
	void namesAFiveDigitIndustryCodeByItsDivision() {
		assertThat(classifications.industry("25620", Language.EN)).hasValueSatisfying(industry -> {
			assertThat(industry.code()).isEqualTo("25");
			assertThat(industry.parent()).isEqualTo("C");
			assertThat(industry.name()).containsIgnoringCase("fabricated metal");
		});
		assertThat(classifications.industry("C", Language.FI).orElseThrow().level()).isEqualTo(1);
	}

	@Test
	void sortsMunicipalitiesByTheLanguagesAlphabet() {
		var names = classifications.municipalities(Language.SV).stream().map(ClassificationCode::name).toList();
		assertThat(names.indexOf("Åbo")).isGreaterThan(names.indexOf("Vanda"));
	}

}
