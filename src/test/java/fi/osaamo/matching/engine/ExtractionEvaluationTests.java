package fi.osaamo.matching.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall of skill extraction on a labelled set of job descriptions written
 * for these tests ({@code src/test/resources/fi/osaamo/matching/extraction}, see its
 * README): micro-averaged over each language's descriptions, with the language told from
 * the text. The floors sit a little below what the extractor achieves, so that a change
 * that makes it worse fails here; the figures are in the README.
 */
class ExtractionEvaluationTests {

	private static final Logger log = LoggerFactory.getLogger(ExtractionEvaluationTests.class);

	@Test
	void finnish() throws IOException {
		assertThat(evaluate("fi")).satisfies(score -> {
			assertThat(score.precision()).isGreaterThanOrEqualTo(0.58);
			assertThat(score.recall()).isGreaterThanOrEqualTo(0.37);
			assertThat(score.languageRight()).isEqualTo(score.descriptions());
		});
	}

	@Test
	void swedish() throws IOException {
		assertThat(evaluate("sv")).satisfies(score -> {
			assertThat(score.precision()).isGreaterThanOrEqualTo(0.63);
			assertThat(score.recall()).isGreaterThanOrEqualTo(0.49);
			assertThat(score.languageRight()).isEqualTo(score.descriptions());
		});
	}

	@Test
	void english() throws IOException {
		assertThat(evaluate("en")).satisfies(score -> {
			assertThat(score.precision()).isGreaterThanOrEqualTo(0.53);
			assertThat(score.recall()).isGreaterThanOrEqualTo(0.56);
			assertThat(score.languageRight()).isEqualTo(score.descriptions());
		});
	}

	static Score evaluate(String language) throws IOException {
		var set = readSet(language);
		assertThat(set.ads()).hasSizeGreaterThanOrEqualTo(30);
		var extractor = BundledLabels.extractor();
		int proposed = 0;
		int right = 0;
		int expected = 0;
		int found = 0;
		int languageRight = 0;
		for (var ad : set.ads()) {
			// The fallback is another language, so that only the text can make it right.
			var read = extractor.language(ad.text(), language.equals("en") ? "fi" : "en");
			languageRight += read.equals(language) ? 1 : 0;
			var matches = extractor.extract(ad.text(), read, "en");
			var uris = matches.stream().map(SkillExtractor.Match::uri).toList();
			var wanted = new HashSet<String>();
			ad.expected().forEach(skill -> wanted.addAll(skill.uris()));
			proposed += uris.size();
			right += (int) uris.stream().filter(wanted::contains).count();
			expected += ad.expected().size();
			found += (int) ad.expected()
				.stream()
				.filter(skill -> skill.uris().stream().anyMatch(uris::contains))
				.count();
			report(ad, matches, wanted);
		}
		var score = new Score(set.ads().size(), languageRight, right / (double) proposed, found / (double) expected);
		log.info("Skill extraction ({}): {} descriptions, language right in {}, precision {}, recall {}", language,
				score.descriptions(), score.languageRight(), percent(score.precision()), percent(score.recall()));
		return score;
	}

	private static void report(Ad ad, List<SkillExtractor.Match> matches, Set<String> wanted) {
		// -Dextraction.report=true lists every miss and every extra proposal.
		if (Boolean.getBoolean("extraction.report")) {
			matches.stream()
				.filter(match -> !wanted.contains(match.uri()))
				.forEach(match -> log.info("{} extra: {} ({})", ad.id(), match.label(), match.phrase()));
			ad.expected()
				.stream()
				.filter(skill -> skill.uris()
					.stream()
					.noneMatch(uri -> matches.stream().anyMatch(match -> match.uri().equals(uri))))
				.forEach(skill -> log.info("{} missed: {}", ad.id(), skill.skill()));
		}
	}

	private static String percent(double share) {
		return String.format(Locale.ROOT, "%.1f %%", share * 100);
	}

	static LabelledSet readSet(String language) throws IOException {
		try (InputStream stream = ExtractionEvaluationTests.class
			.getResourceAsStream("/fi/osaamo/matching/extraction/" + language + ".json")) {
			return JsonMapper.builder().build().readValue(stream, LabelledSet.class);
		}
	}

	record Score(int descriptions, int languageRight, double precision, double recall) {
	}

	record LabelledSet(String language, String provenance, List<Ad> ads) {
	}

	record Ad(String id, String industry, String title, String text, List<Expected> expected) {
	}

	record Expected(String skill, List<String> uris) {
	}

}
