package fi.osaamo.taxonomy;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;

import fi.osaamo.IntegrationTest;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class TaxonomyIntegrationTests {

	private static final String WELDING_TECHNIQUES = "http://data.europa.eu/esco/skill/530cb489-d900-46ab-9350-4d50ccd49eea";

	@Autowired
	MockMvc mvc;

	@Autowired
	TaxonomyManagement taxonomy;

	@Autowired
	EscoLabelImporter labels;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void weldingRanksAWeldingSkillFirst() throws Exception {
		mvc.perform(get("/api/v1/skills").param("q", "welding").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].matchedLabel").value(containsStringIgnoringCase("weld")))
			.andExpect(
					jsonPath("$[0].uri").value(org.hamcrest.Matchers.startsWith("http://data.europa.eu/esco/skill/")))
			.andExpect(jsonPath("$[0].type").value(org.hamcrest.Matchers.oneOf("skill/competence", "knowledge")))
			.andExpect(jsonPath("$[0].label").exists());
	}

	@Test
	void aTypingErrorStillFindsWelding() throws Exception {
		mvc.perform(get("/api/v1/skills").param("q", "weldng").param("lang", "en").param("limit", "5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].matchedLabel").value(containsStringIgnoringCase("weld")));
	}

	@Test
	void finnishOccupationLabelsFindWelders() throws Exception {
		mvc.perform(get("/api/v1/occupations").param("q", "hitsaaja").param("lang", "fi"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].label").value("hitsaaja"))
			.andExpect(jsonPath("$[0].type").value("occupation"));
	}

	@Test
	void aKeywordInAnyLanguageFindsTheSkillWhateverTheInterfaceLanguage() {
		// The interface is in one language, the word in another: the growth team of a
		// bilingual city types what comes to mind.
		var welding = "http://data.europa.eu/esco/skill/530cb489-d900-46ab-9350-4d50ccd49eea";
		var keywords = java.util.Map.of("hitsaus", Language.FI, "hitsaustekniikat", Language.FI, "svetsning",
				Language.SV, "welding", Language.EN);
		keywords.forEach((keyword, own) -> {
			var best = taxonomy.searchSkills(keyword, own, 1).get(0).uri();
			for (var language : Language.values()) {
				assertThat(taxonomy.searchSkills(keyword, language, 10))
					.as("%s with the interface in %s", keyword, language)
					.extracting(ConceptMatch::uri)
					.contains(best);
			}
		});
		assertThat(taxonomy.searchSkills("hitsaustekniikat", Language.SV, 1)).extracting(ConceptMatch::uri)
			.containsExactly(welding);
		// The answer is in the reader's language.
		var english = taxonomy.searchSkills("hitsaustekniikat", Language.EN, 10)
			.stream()
			.filter(match -> match.uri().equals(welding))
			.findFirst()
			.orElseThrow();
		assertThat(english.label().text()).isEqualTo("welding techniques");
	}

	@Test
	void swedishSearchAnswersInSwedish() {
		var matches = taxonomy.searchOccupations("svetsare", Language.SV, 5);
		assertThat(matches).isNotEmpty();
		assertThat(matches.get(0).label().language()).isEqualTo(Language.SV);
		assertThat(matches.get(0).label().text()).containsIgnoringCase("svets");
	}

	@Test
	void unknownLanguageAndBadLimitsAre400Problems() throws Exception {
		mvc.perform(get("/api/v1/skills").param("q", "welding").param("lang", "de").header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("lang"))
			.andExpect(jsonPath("$.errors[0].message").value("Unknown language \"de\". Use fi, sv or en."));
		mvc.perform(get("/api/v1/skills").param("q", "welding").param("limit", "1000"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/skills").param("q", "x".repeat(201))).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/skills")).andExpect(status().isBadRequest());
	}

	@Test
	void aSkillHasItsLabelsAndItsPlaceInTheHierarchy() throws Exception {
		mvc.perform(get("/api/v1/skills/530cb489-d900-46ab-9350-4d50ccd49eea").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.uri").value(WELDING_TECHNIQUES))
			.andExpect(jsonPath("$.label").value("welding techniques"))
			.andExpect(jsonPath("$.broader").isNotEmpty())
			.andExpect(jsonPath("$.description").exists());
		mvc.perform(get("/api/v1/skills/no-such-skill")).andExpect(status().isNotFound());
	}

	@Test
	void aMissingLabelFallsBackToEnglishAndSaysSo() {
		// Skill groups have English labels only.
		var group = taxonomy.searchSkills("joining parts using soldering", Language.FI, 5)
			.stream()
			.filter(match -> match.kind() == ConceptKind.SKILL_GROUP)
			.findFirst()
			.orElseThrow();
		assertThat(group.label().fallback()).isTrue();
		assertThat(group.label().language()).isEqualTo(Language.EN);
	}

	@Test
	void theSearchPageShowsResultsAndTheHtmxRequestGetsOnlyTheList() throws Exception {
		mvc.perform(
				get("/taxonomy").param("q", "hitsaaja").param("kind", "occupations").header("Accept-Language", "fi"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"fi\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("hitsaaja")));
		var fragment = mvc
			.perform(get("/taxonomy").param("q", "hitsaaja").param("kind", "occupations").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).contains("hitsaaja").doesNotContain("<html");
	}

	@Test
	void officialEscoCsvLabelsReplaceALanguageAndBadRowsAreReported() {
		var csv = """
				conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,description
				KnowledgeSkillCompetence,%s,knowledge,,hitsaustekniikat,"hitsausmenetelmät
				hitsaus",Hitsauksen eri menetelmät.
				KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/does-not-exist,knowledge,,tuntematon,,
				KnowledgeSkillCompetence,%s,knowledge,,,,
				""".formatted(WELDING_TECHNIQUES, WELDING_TECHNIQUES);
		var report = labels.importLabels(Language.FI, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
		assertThat(report.updated()).isEqualTo(1);
		assertThat(report.rejectedCount()).isEqualTo(2);
		assertThat(report.rejected()).extracting(ImportReport.Rejection::reasonKey)
			.containsExactly("taxonomy.import.unknownConcept", "taxonomy.import.noPreferredLabel");
		var details = taxonomy.details("530cb489-d900-46ab-9350-4d50ccd49eea", Language.FI).orElseThrow();
		assertThat(details.label().text()).isEqualTo("hitsaustekniikat");
		assertThat(details.alternativeLabels()).contains("hitsausmenetelmät", "hitsaus");
		assertThat(details.description().text()).isEqualTo("Hitsauksen eri menetelmät.");
		assertThat(taxonomy.searchSkills("hitsausmenetelmat", Language.FI, 5)).extracting(ConceptMatch::uri)
			.contains(WELDING_TECHNIQUES);
	}

	@Test
	void aFailureToStoreTheLabelsIsNotBlamedOnTheFile() {
		var csv = """
				conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,description
				KnowledgeSkillCompetence,%s,knowledge,,hitsaustekniikat,,
				""".formatted(WELDING_TECHNIQUES);
		// The database refuses the bulk load: the file was fine, so the upload must not
		// be
		// called unreadable, and nothing of the import stays.
		var broken = new EscoLabelImporter(jdbc, refusingCopy(dataSource));
		var before = taxonomy.details("530cb489-d900-46ab-9350-4d50ccd49eea", Language.FI).orElseThrow();
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> broken.importLabels(Language.FI,
				new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))))
			.isNotInstanceOf(InvalidInputException.class)
			.hasMessageContaining("Could not store the labels");
		assertThat(taxonomy.details("530cb489-d900-46ab-9350-4d50ccd49eea", Language.FI).orElseThrow().label())
			.isEqualTo(before.label());
	}

	/**
	 * A data source whose connections refuse PostgreSQL's COPY, as a lost server would.
	 */
	private static DataSource refusingCopy(DataSource real) {
		return new DelegatingDataSource(real) {
			@Override
			public Connection getConnection() throws SQLException {
				var connection = real.getConnection();
				return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
						new Class<?>[] { Connection.class }, (proxy, method, args) -> {
							if (method.getName().equals("unwrap")) {
								connection.close();
								throw new SQLException("the server went away");
							}
							try {
								return method.invoke(connection, args);
							}
							catch (InvocationTargetException ex) {
								throw ex.getCause();
							}
						});
			}
		};
	}

	@Test
	void typeAheadForgivesTransposedLetters() {
		assertThat(taxonomy.searchSkills("hitsuas", Language.EN, 5)).isNotEmpty()
			.allSatisfy(match -> assertThat(match.matchedLabel().toLowerCase()).containsAnyOf("hitsa", "hitsau"));
		assertThat(taxonomy.searchSkills("ensipau", Language.FI, 5))
			.extracting(match -> match.matchedLabel().toLowerCase())
			.anySatisfy(matched -> assertThat(matched).contains("ensiapu"));
		assertThat(taxonomy.skillsNamedBy("svetsning", Language.FI)).isNotEmpty();
		assertThat(taxonomy.skillsNamedBy("qzxv", Language.FI)).isEmpty();
	}

}
