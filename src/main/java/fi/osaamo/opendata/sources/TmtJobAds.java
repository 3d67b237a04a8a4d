package fi.osaamo.opendata.sources;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fi.osaamo.opendata.imports.RecordStream;
import fi.osaamo.opendata.imports.SourceAdapter;
import fi.osaamo.opendata.imports.SourceHttp;
import fi.osaamo.opendata.imports.SourceRecord;
import fi.osaamo.opendata.imports.SourceSettings;
import fi.osaamo.organisation.BusinessId;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Job ads from the Työmarkkinatori job-ad fetch API
 * ({@code GET /jobpostingprovider/v1/tyopaikat} with {@code kunta}, {@code sivu} and
 * {@code maara}), enabled by a subscription key sent as
 * {@code Ocp-Apim-Subscription-Key}. Codes (working time, continuity, cards and permits,
 * language levels, municipalities) are checked against the API's documented code sets,
 * and occupations and skills against ESCO.
 *
 * <p>
 * No real response of this API is public: the record's fields follow the API guide's code
 * sets and the JOD aggregate of the same ads (see {@code opendata/README.md}); check them
 * against the API when registering with KEHA-keskus.
 */
@Component
class TmtJobAds implements SourceAdapter {

	static final String ID = "tmt-jobs";

	static final String KEY_HEADER = "Ocp-Apim-Subscription-Key";

	private static final Set<String> ARRAYS = Set.of("tyopaikat", "ilmoitukset");

	private static final int PAGE_SIZE = 100;

	private final SourceHttp http;

	private final JsonMapper json;

	private final JobAdStore store;

	private final TaxonomyManagement taxonomy;

	private final Municipalities municipalities;

	private final JsonNode codesets;

	TmtJobAds(SourceHttp http, JsonMapper json, JobAdStore store, TaxonomyManagement taxonomy,
			Municipalities municipalities) {
		this.http = http;
		this.json = json;
		this.store = store;
		this.taxonomy = taxonomy;
		this.municipalities = municipalities;
		try (var input = TmtJobAds.class
			.getResourceAsStream("/opendata/tyomarkkinatori_jobposting_api_codesets.json")) {
			this.codesets = json.readTree(input).get("codesets");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public boolean canFetch(SourceSettings settings) {
		return SourceAdapter.super.canFetch(settings) && settings.hasKey() && !settings.municipalities().isEmpty();
	}

	@Override
	public RecordStream fetch(SourceSettings settings) {
		return RecordStream.of(new MunicipalityPages(settings.municipalities(), 0, (municipality, page) -> {
			var uri = settings.url(
					"/jobpostingprovider/v1/tyopaikat?sivu=" + page + "&maara=" + PAGE_SIZE + "&kunta=" + municipality);
			var answer = http.get(ID, uri, Map.of(KEY_HEADER, settings.subscriptionKey()));
			var records = read(new ByteArrayInputStream(answer.body()), settings);
			return MunicipalityPages.Page.of(records,
					json.readTree(answer.body()).path("tyopaikat").size() < PAGE_SIZE);
		}));
	}

	@Override
	public RecordStream read(InputStream file, SourceSettings settings) {
		return JsonRecords.stream(json, file, ARRAYS, node -> parse(node, settings));
	}

	SourceRecord parse(JsonNode node, SourceSettings settings) {
		var ref = node.isObject() ? node.path("ilmoituksenID").asString("?") : "?";
		try {
			Fields.requireObject(node);
			var ad = ad(node, settings);
			var codes = strings(Fields.object(node, "sijainti"), "kunnat");
			return codes.isEmpty() || settings.inRegion(codes) ? new SourceRecord.Parsed(ad.id(), ad)
					: new SourceRecord.OutsideRegion(ad.id());
		}
		catch (Fields.Problem problem) {
			return problem.toRejection(ref);
		}
	}

	private JobAdStore.JobAd ad(JsonNode node, SourceSettings settings) {
		var id = Fields.required(node, "ilmoituksenID", 100);
		var title = localized(Fields.object(node, "otsikko"), 300);
		if (title == null) {
			throw new Fields.Problem("opendata.reject.missing", "otsikko");
		}
		var description = localized(Fields.object(node, "kuvausteksti"), 100_000);
		if (description != null) {
			description = Jsoup.parse(description).text();
			description = description.length() > 8000 ? description.substring(0, 8000) : description;
		}
		var businessId = Fields.text(node, "ilmoittajanYTunnus", 20);
		if (businessId != null && !BusinessId.isValid(businessId)) {
			throw new Fields.Problem("opendata.reject.businessId", businessId);
		}
		String occupation = null;
		for (var uri : strings(node, "ammatit")) {
			if (!taxonomy.isOccupation(uri)) {
				throw new Fields.Problem("opendata.reject.unknownCode", "ammatit: " + uri);
			}
			occupation = occupation == null ? uri : occupation;
		}
		var skills = new ArrayList<String>();
		for (var uri : strings(node, "osaamiset")) {
			if (!taxonomy.isSkill(uri)) {
				throw new Fields.Problem("opendata.reject.unknownCode", "osaamiset: " + uri);
			}
			if (!skills.contains(uri)) {
				skills.add(uri);
			}
		}
		var place = Fields.object(node, "sijainti");
		var codes = strings(place, "kunnat");
		for (var code : codes) {
			if (!municipalities.exists(code)) {
				throw new Fields.Problem("opendata.reject.unknownCode", "kunnat: " + code);
			}
		}
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
		var posted = Fields.date(node, "julkaisupvm");
		var until = Fields.date(node, "hakuPaattyy");
		if (posted != null && until != null && until.isBefore(posted)) {
			throw new Fields.Problem("opendata.reject.dates", posted + " > " + until);
		}
		var link = Fields.text(node, "linkki", 1000);
		if (link != null && !link.matches("https?://\\S+")) {
			throw new Fields.Problem("opendata.reject.url", link);
		}
		// The place kept is the first one in the region.
		var municipality = codes.stream()
			.filter(code -> settings.inRegion(List.of(code)))
			.findFirst()
			.orElse(codes.isEmpty() ? null : codes.get(0));
		return new JobAdStore.JobAd(id, title, description, occupation, List.copyOf(skills),
				localized(Fields.object(node, "ilmoittajanNimi"), 300), businessId, municipality, null, false, posted,
				until, link);
	}

	private void code(JsonNode node, String field, String codeset) {
		var value = Fields.code(node, field, 10);
		if (value != null) {
			requireCode(codeset, value);
		}
	}

	private void requireCode(String codeset, String value) {
		if (!codesets.path(codeset).has(value)) {
			throw new Fields.Problem("opendata.reject.unknownCode", codeset + ": " + value);
		}
	}

	private static List<String> strings(JsonNode node, String field) {
		var values = new ArrayList<String>();
		for (var value : Fields.array(node, field)) {
			if (!value.isString() || value.asString().length() > 255) {
				throw new Fields.Problem("opendata.reject.wrongType", field);
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

	@Override
	public String store(SourceRecord.Parsed record, boolean isNew) {
		var ad = (JobAdStore.JobAd) record.payload();
		store.upsert(ID, ad);
		return ad.id();
	}

}
