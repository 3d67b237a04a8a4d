package fi.osaamo.opendata.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public API's answers on the demo region, compared with the answers recorded before
 * the code behind them was reorganised: integrators see the same data in the same shapes.
 *
 * <p>
 * The demo region is seeded into a database of this test's own, so other tests' data does
 * not reach the answers. Identifiers are random and dates follow the day the demo was
 * seeded, so the comparison replaces each UUID with {@code <uuid>}, each such date with
 * its distance from today and each instant with {@code <instant>}; a list's items are
 * compared as a sorted set, as the order of random identifiers is the API's order.
 *
 * <p>
 * After an intended change of the API, record the answers again with
 * {@code -Dopenapi.answers.record=true} and review the difference of {@value #ANSWERS};
 * the answers observed are in {@code target/open-api-answers.txt}.
 */
@SpringBootTest(properties = { "app.platform.database.directory=target/embedded-postgres-api-answers" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class OpenApiAnswersTests {

	static final String ANSWERS = "src/test/resources/opendata/open-api-answers.txt";

	static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+(Z|[+-]\\d{2}:\\d{2})?");

	/**
	 * A date that follows the day the demo was seeded; a company's registration date and
	 * its names' start dates are fixed in the demo and kept as they are.
	 */
	static final Pattern DATE = Pattern.compile("(?<!\"from\":|\"registrationDate\":)\"(\\d{4}-\\d{2}-\\d{2})\"");

	/** The day a job was published is the day in Finland; other dates are the clock's. */
	static final Pattern POSTED = Pattern.compile("\"datePosted\":\"(\\d{4}-\\d{2}-\\d{2})\"");

	static final Pattern MONTH = Pattern.compile("\"(\\d{4}-\\d{2})\"");

	static final List<String> LANGUAGES = List.of("fi", "sv", "en");

	@Autowired
	MockMvcTester mvc;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void answersAreTheRecordedOnes() throws IOException {
		var answers = new ArrayList<String>();
		var companies = list(answers, "/api/v1/open/companies", "fi", "next", "cursor");
		details(answers, "/api/v1/open/companies/", companies, "businessId", "fi");
		for (var language : LANGUAGES) {
			var jobs = list(answers, "/api/v1/open/jobs", language, "next", "cursor");
			details(answers, "/api/v1/open/jobs/", jobs, "identifier", language);
			var studies = list(answers, "/api/v1/open/studies", language, "next", "cursor");
			details(answers, "/api/v1/open/studies/", studies, "identifier", language);
		}
		// Vantaa, the demo region's city.
		list(answers, "/api/v1/open/jobs?municipality=092", "fi", "next", "cursor");
		// The counts are rounded by each person's secret record key, random in every
		// database: the release and its rounding are compared, not the cells.
		list(answers, "/api/v1/open/statistics/competences", "fi", "next", "cursor")
			.forEach(cell -> assertThat(cell.get("people").asInt() % 5).isZero());
		answers.removeIf(line -> line.startsWith("/api/v1/open/statistics/competences fi {")
				|| line.startsWith("/api/v1/open/statistics/competences fi pages"));
		list(answers, "/api/v1/open/changes", "fi", "next", "since");
		var file = Path.of(ANSWERS);
		if (Boolean.getBoolean("openapi.answers.record")) {
			Files.createDirectories(file.getParent());
			Files.write(file, answers, StandardCharsets.UTF_8);
		}
		// The answers as observed, to compare with a tool where they differ.
		Files.write(Path.of("target/open-api-answers.txt"), answers, StandardCharsets.UTF_8);
		assertThat(String.join("\n", answers)).isEqualTo(Files.readString(file, StandardCharsets.UTF_8).strip());
	}

	/**
	 * Reads every page of a list, adds its items (normalised and sorted) and the number
	 * of pages to the answers, and returns the raw items.
	 */
	List<JsonNode> list(List<String> answers, String path, String language, String next, String cursorParameter) {
		var items = new ArrayList<JsonNode>();
		var normalised = new ArrayList<String>();
		String cursor = null;
		var pages = 0;
		do {
			var separator = path.contains("?") ? "&" : "?";
			var url = path + separator + "limit=100" + (cursor == null ? "" : "&" + cursorParameter + "=" + cursor);
			var body = read(url, language);
			pages++;
			var list = body.has("items") ? body.get("items") : body.get("itemListElement");
			list.forEach(item -> {
				items.add(item);
				normalised.add(normalise(item));
			});
			body.properties()
				.stream()
				.filter(entry -> !List.of("items", "itemListElement", next).contains(entry.getKey()))
				.forEach(entry -> answers
					.add(path + " " + language + " " + entry.getKey() + " " + normalise(entry.getValue())));
			var more = body.has("more") ? body.get("more").asBoolean() : !body.get(next).isNull();
			cursor = more && !list.isEmpty() ? body.get(next).asString() : null;
		}
		while (cursor != null && pages < 50);
		answers.add(path + " " + language + " pages " + pages + " items " + items.size());
		normalised.stream().sorted().forEach(item -> answers.add(path + " " + language + " " + item));
		return items;
	}

	/**
	 * Adds the single answers of the first three items of a list in the answers' order.
	 */
	void details(List<String> answers, String path, List<JsonNode> items, String key, String language) {
		items.stream()
			.sorted(Comparator.comparing(OpenApiAnswersTests::normalise))
			.limit(3)
			.map(item -> item.get(key).asString())
			.forEach(id -> {
				var body = read(path + id, language);
				answers.add(path + "{" + key + "} " + language + " " + normalise(body));
			});
	}

	JsonNode read(String url, String language) {
		var result = mvc.get().uri(url).header("Accept-Language", language).exchange();
		assertThat(result).as(url).hasStatusOk();
		return json.readTree(result.getResponse().getContentAsByteArray());
	}

	/**
	 * An answer as text, its objects' properties in alphabetical order (the order of a
	 * JSON object's properties carries no meaning), with identifiers and dates replaced.
	 */
	static String normalise(JsonNode node) {
		var today = LocalDate.now();
		var answer = UUID.matcher(sorted(node).toString()).replaceAll("<uuid>");
		answer = INSTANT.matcher(answer).replaceAll("<instant>");
		var finnishToday = LocalDate.now(java.time.ZoneId.of("Europe/Helsinki"));
		answer = POSTED.matcher(answer)
			.replaceAll(date -> Matcher.quoteReplacement("\"datePosted\":\"today"
					+ signed(ChronoUnit.DAYS.between(finnishToday, LocalDate.parse(date.group(1)))) + "d\""));
		answer = DATE.matcher(answer)
			.replaceAll(date -> Matcher.quoteReplacement(
					"\"today" + signed(ChronoUnit.DAYS.between(today, LocalDate.parse(date.group(1)))) + "d\""));
		var month = YearMonth.from(today);
		return MONTH.matcher(answer)
			.replaceAll(date -> Matcher.quoteReplacement(
					"\"month" + signed(ChronoUnit.MONTHS.between(month, YearMonth.parse(date.group(1)))) + "\""));
	}

	static JsonNode sorted(JsonNode node) {
		if (node.isObject()) {
			var sorted = JsonNodeFactory.instance.objectNode();
			node.properties()
				.stream()
				.sorted(Map.Entry.comparingByKey())
				.forEach(entry -> sorted.set(entry.getKey(), sorted(entry.getValue())));
			return sorted;
		}
		if (node.isArray()) {
			var sorted = JsonNodeFactory.instance.arrayNode();
			node.forEach(item -> sorted.add(sorted(item)));
			return sorted;
		}
		return node;
	}

	static String signed(long number) {
		return number >= 0 ? "+" + number : Long.toString(number);
	}

}
