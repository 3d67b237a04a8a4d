package fi.osaamo.platform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import fi.osaamo.taxonomy.ConceptKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user-visible text comes from the message bundles, and every key exists in
 * Finnish, Swedish and English.
 */
class MessageBundleTests {

	private static final Pattern TEMPLATE_KEY = Pattern.compile("\\bt\\(\"([A-Za-z0-9_.\\-]+)\"");

	private static final Pattern JAVA_KEY = Pattern
		.compile("\"((?:validation|problem|taxonomy\\.import|privacy|nav|login)\\.[A-Za-z0-9_.\\-]*[A-Za-z0-9])\"");

	private final Properties english = load("messages.properties");

	private final Properties finnish = load("messages_fi.properties");

	private final Properties swedish = load("messages_sv.properties");

	@Test
	void everyLanguageHasTheSameKeys() {
		assertThat(finnish.stringPropertyNames()).as("Finnish keys")
			.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		assertThat(swedish.stringPropertyNames()).as("Swedish keys")
			.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
	}

	@Test
	void noMessageIsEmpty() {
		for (var bundle : List.of(english, finnish, swedish)) {
			bundle.forEach((key, value) -> assertThat(value.toString()).as("message %s", key).isNotBlank());
		}
	}

	@Test
	void apostrophesSurviveFormatting() {
		// A message with arguments goes through MessageFormat, where a single apostrophe
		// starts a quotation and disappears ("next month's" became "next months").
		var lone = java.util.regex.Pattern.compile("(?<!')'(?!')");
		for (var bundle : List.of(english, finnish, swedish)) {
			bundle.forEach((key, value) -> {
				var text = value.toString();
				if (text.matches("(?s).*\\{\\d.*")) {
					assertThat(lone.matcher(text).find()).as("message %s has a lone apostrophe: %s", key, text)
						.isFalse();
				}
			});
		}
	}

	@Test
	void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
		var used = new TreeSet<String>();
		for (var template : files("src/main/jte", ".jte")) {
			var matcher = TEMPLATE_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!matcher.group(1).endsWith(".")) {
					used.add(matcher.group(1));
				}
			}
		}
		for (var source : files("src/main/java", ".java")) {
			var matcher = JAVA_KEY.matcher(Files.readString(source));
			while (matcher.find()) {
				used.add(matcher.group(1));
			}
		}
		for (var role : Role.values()) {
			used.add("role." + role.name());
		}
		for (var type : OrganisationType.values()) {
			used.add("organisationType." + type.name());
		}
		for (var kind : ConceptKind.values()) {
			used.add("conceptKind." + kind.name());
		}
		for (var provenance : fi.osaamo.competence.Provenance.values()) {
			used.add("provenance." + provenance.name());
		}
		for (var section : fi.osaamo.competence.Section.values()) {
			used.add("section." + section.name());
		}
		for (var status : fi.osaamo.jobs.JobStatus.values()) {
			used.add("jobStatus." + status.name());
		}
		for (var type : fi.osaamo.studies.StudyType.values()) {
			used.add("studyType." + type.name());
		}
		for (var status : fi.osaamo.competence.PlanStatus.values()) {
			used.add("planStatus." + status.name());
		}
		for (var importance : fi.osaamo.jobs.Importance.values()) {
			used.add("importance." + importance.name());
		}
		for (int level = 1; level <= 5; level++) {
			used.add("level." + level);
			used.add("level." + level + ".anchor");
		}
		for (var language : Language.values()) {
			used.add("language." + language.code());
		}
		for (var status : List.of(400, 403, 404, 405, 500, 418)) {
			used.add(ErrorPage.of(status).key() + ".title");
			used.add(ErrorPage.of(status).key() + ".text");
		}
		assertThat(used).hasSizeGreaterThan(100);
		assertThat(english.stringPropertyNames()).as("keys missing from the bundles").containsAll(used);
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		var offences = new ArrayList<String>();
		for (var template : files("src/main/jte", ".jte")) {
			var html = TemplateText.strip(Files.readString(template));
			var document = Jsoup.parse(html);
			for (var element : document.getAllElements()) {
				element.textNodes()
					.stream()
					.map(TextNode::text)
					.filter(TemplateText::hasWords)
					.forEach(text -> offences.add(template + ": \"" + text.strip() + "\""));
				for (var attribute : Set.of("title", "alt", "placeholder", "aria-label", "label")) {
					if (TemplateText.hasWords(element.attr(attribute))) {
						offences.add(template + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
					}
				}
				if (isButtonValue(element) && TemplateText.hasWords(element.attr("value"))) {
					offences.add(template + ": value=\"" + element.attr("value") + "\"");
				}
			}
		}
		assertThat(offences).as("hard-coded text in templates").isEmpty();
	}

	@Test
	void theCheckFindsHardCodedText() {
		var stripped = TemplateText
			.strip("@param Shell shell\n<p>${shell.t(\"a.b\")}</p>\n@if(x)<span>Tallenna</span>@endif");
		assertThat(Jsoup.parse(stripped).text()).isEqualTo("Tallenna");
	}

	private static boolean isButtonValue(Element element) {
		return element.nameIs("input") && Set.of("submit", "button", "reset").contains(element.attr("type"));
	}

	private static List<Path> files(String directory, String suffix) throws IOException {
		try (Stream<Path> paths = Files.walk(Path.of(directory))) {
			return paths.filter(path -> path.toString().endsWith(suffix)).toList();
		}
	}

	private static Properties load(String name) {
		var properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

}
