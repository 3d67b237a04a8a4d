package fi.osaamo.opendata.sources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fi.osaamo.opendata.imports.SourceRecord;
import fi.osaamo.opendata.imports.SourceSettings;
import fi.osaamo.platform.Language;
import fi.osaamo.studies.StudyType;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import tools.jackson.databind.JsonNode;

/**
 * Reads a Konfo education (koulutus) for {@link KonfoStudies}: its oid, names, language,
 * description and type, with its implementations in the region, or turns it down.
 */
final class KonfoEducations {

	private final KonfoImplementations implementationReader;

	KonfoEducations(Municipalities municipalities) {
		this.implementationReader = new KonfoImplementations(municipalities);
	}

	SourceRecord parse(JsonNode node, SourceSettings settings) {
		var ref = node.isObject() ? node.path("oid").asString("?") : "?";
		try {
			return education(node, settings);
		}
		catch (RecordProblem problem) {
			return problem.toRejection(ref);
		}
	}

	private SourceRecord education(JsonNode node, SourceSettings settings) {
		var named = named(node);
		var description = KonfoFields.localized(Fields.object(node, "kuvaus"), named.language(), "kuvaus");
		var type = KonfoFields.type(Fields.text(node, "koulutustyyppi", 40));
		var all = Fields.array(node, "toteutukset");
		var implementations = implementationReader.implementations(all, named.title(), named.language(), settings);
		if (implementations.isEmpty() && !all.isEmpty()) {
			return new SourceRecord.OutsideRegion(named.oid());
		}
		return new SourceRecord.Parsed(named.oid(), new Education(named.oid(), named.title(),
				description == null ? null : Jsoup.parse(description).text(), type, named.language(), implementations));
	}

	private static Named named(JsonNode node) {
		Fields.requireObject(node);
		var oid = KonfoFields.oid(node, "oid");
		var names = Fields.object(node, "nimi");
		var language = language(node);
		var title = KonfoFields.localized(names, language, "nimi");
		if (title == null) {
			throw new RecordProblem("opendata.reject.missing", "nimi");
		}
		return new Named(oid, title, language);
	}

	/** The first of the education's languages this application knows, else Finnish. */
	private static String language(JsonNode node) {
		var languages = new ArrayList<String>();
		for (var language : Fields.array(node, "kielivalinta")) {
			if (!language.isString()) {
				throw new RecordProblem("opendata.reject.wrongType", "kielivalinta");
			}
			languages.add(language.asString());
		}
		return languages.stream().filter(code -> Language.fromCode(code).isPresent()).findFirst().orElse("fi");
	}

	/** What identifies an education: its oid, its title and the language read. */
	private record Named(String oid, String title, String language) {
	}

	record Education(String oid, String title, @Nullable String description, StudyType type, String language,
			List<Implementation> implementations) {
	}

	record Implementation(String oid, String name, String provider, List<String> municipalities, String language,
			boolean online, @Nullable LocalDate start, @Nullable LocalDate end, @Nullable BigDecimal costEur) {
	}

}
