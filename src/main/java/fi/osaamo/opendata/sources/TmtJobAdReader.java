package fi.osaamo.opendata.sources;

import java.util.ArrayList;
import java.util.List;

import fi.osaamo.opendata.imports.SourceSettings;
import fi.osaamo.organisation.BusinessId;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import tools.jackson.databind.JsonNode;

/**
 * Reads one ad of the Työmarkkinatori job-ad API into the job ad {@link TmtJobAds}
 * stores, checking its occupations and skills against ESCO, its municipalities against
 * Statistics Finland's and its other codes against the API's code sets.
 */
final class TmtJobAdReader {

	private final TaxonomyManagement taxonomy;

	private final Municipalities municipalities;

	private final JsonNode codesets;

	TmtJobAdReader(TaxonomyManagement taxonomy, Municipalities municipalities, JsonNode codesets) {
		this.taxonomy = taxonomy;
		this.municipalities = municipalities;
		this.codesets = codesets;
	}

	JobAdStore.JobAd ad(JsonNode node, SourceSettings settings) {
		var id = Fields.required(node, "ilmoituksenID", 100);
		var title = localized(Fields.object(node, "otsikko"), 300);
		if (title == null) {
			throw new RecordProblem("opendata.reject.missing", "otsikko");
		}
		var description = description(node);
		var businessId = businessId(node);
		var occupation = occupation(node);
		var skills = skills(node);
		var codes = municipalityCodes(node);
		checkCodes(node);
		var posted = Fields.date(node, "julkaisupvm");
		var until = Fields.date(node, "hakuPaattyy");
		if (posted != null && until != null && until.isBefore(posted)) {
			throw new RecordProblem("opendata.reject.dates", posted + " > " + until);
		}
		var link = link(node);
		// The place kept is the first one in the region.
		var municipality = codes.stream()
			.filter(code -> settings.inRegion(List.of(code)))
			.findFirst()
			.orElse(codes.isEmpty() ? null : codes.get(0));
		return new JobAdStore.JobAd(id, title, description, occupation, skills,
				localized(Fields.object(node, "ilmoittajanNimi"), 300), businessId, municipality, null, false, posted,
				until, link);
	}

	/** The description as plain text, cut to 8000 characters. */
	private static @Nullable String description(JsonNode node) {
		var description = localized(Fields.object(node, "kuvausteksti"), 100_000);
		if (description != null) {
			description = Jsoup.parse(description).text();
			description = description.length() > 8000 ? description.substring(0, 8000) : description;
		}
		return description;
	}

	private static @Nullable String businessId(JsonNode node) {
		var businessId = Fields.text(node, "ilmoittajanYTunnus", 20);
		if (businessId != null && !BusinessId.isValid(businessId)) {
			throw new RecordProblem("opendata.reject.businessId", businessId);
		}
		return businessId;
	}

	/** The first occupation, all of them checked. */
	private @Nullable String occupation(JsonNode node) {
		String occupation = null;
		for (var uri : strings(node, "ammatit")) {
			if (!taxonomy.isOccupation(uri)) {
				throw new RecordProblem("opendata.reject.unknownCode", "ammatit: " + uri);
			}
			occupation = occupation == null ? uri : occupation;
		}
		return occupation;
	}

	private List<String> skills(JsonNode node) {
		var skills = new ArrayList<String>();
		for (var uri : strings(node, "osaamiset")) {
			if (!taxonomy.isSkill(uri)) {
				throw new RecordProblem("opendata.reject.unknownCode", "osaamiset: " + uri);
			}
			if (!skills.contains(uri)) {
				skills.add(uri);
			}
		}
		return List.copyOf(skills);
	}

	private List<String> municipalityCodes(JsonNode node) {
		var codes = strings(Fields.object(node, "sijainti"), "kunnat");
		for (var code : codes) {
			if (!municipalities.exists(code)) {
				throw new RecordProblem("opendata.reject.unknownCode", "kunnat: " + code);
			}
		}
		return codes;
	}

	/**
	 * Checks the codes of the code sets: working time, continuity, pay, start, cards,
	 * languages.
	 */
	private void checkCodes(JsonNode node) {
		code(node, "tyoaika", "tyoaika");
		code(node, "tyonJatkuvuus", "tyonJatkuvuus");
		code(node, "palkanPeruste", "palkanPeruste");
		code(node, "tyoAlkaa", "tyoAlkaa");
		for (var card : strings(node, "kortitJaLuvat")) {
			requireCode("kortitJaLuvat", card);
		}
		for (var language : Fields.array(node, "kielitaito")) {
			Fields.requireObject(language);
			var level = Fields.text(language, "taso", 4);
			if (level != null) {
				requireCode("kielitaidonTaso", level);
			}
		}
	}

	private static @Nullable String link(JsonNode node) {
		var link = Fields.text(node, "linkki", 1000);
		if (link != null && !link.matches("https?://\\S+")) {
			throw new RecordProblem("opendata.reject.url", link);
		}
		return link;
	}

	private void code(JsonNode node, String field, String codeset) {
		var value = Fields.code(node, field, 10);
		if (value != null) {
			requireCode(codeset, value);
		}
	}

	private void requireCode(String codeset, String value) {
		if (!codesets.path(codeset).has(value)) {
			throw new RecordProblem("opendata.reject.unknownCode", codeset + ": " + value);
		}
	}

	static List<String> strings(JsonNode node, String field) {
		var values = new ArrayList<String>();
		for (var value : Fields.array(node, field)) {
			if (!value.isString() || value.asString().length() > 255) {
				throw new RecordProblem("opendata.reject.wrongType", field);
			}
			values.add(value.asString());
		}
		return values;
	}

	private static @Nullable String localized(JsonNode names, int max) {
		for (var language : List.of("fi", "sv", "en")) {
			var text = Fields.text(names, language, max);
			if (text != null) {
				return text;
			}
		}
		return null;
	}

}
