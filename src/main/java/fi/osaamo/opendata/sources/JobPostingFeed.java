package fi.osaamo.opendata.sources;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
 * Job ads from a schema.org JobPosting JSON-LD feed at any URL, or an uploaded file: an
 * array of postings, an {@code @graph}, an {@code ItemList} or a single posting.
 * Occupation and skills are read as ESCO URIs (a plain URI, or a DefinedTerm with
 * {@code @id}, {@code url} or {@code termCode}). The feed is fetched conditionally with
 * its ETag, so an unchanged feed costs one 304.
 */
@Component
class JobPostingFeed implements SourceAdapter {

	static final String ID = "jobposting-feed";

	private static final Set<String> ARRAYS = Set.of("@graph", "itemListElement", "jobPostings");

	private static final String ESCO = "http://data.europa.eu/esco/";

	private final SourceHttp http;

	private final JsonMapper json;

	private final JobAdStore store;

	private final TaxonomyManagement taxonomy;

	private final Municipalities municipalities;

	JobPostingFeed(SourceHttp http, JsonMapper json, JobAdStore store, TaxonomyManagement taxonomy,
			Municipalities municipalities) {
		this.http = http;
		this.json = json;
		this.store = store;
		this.taxonomy = taxonomy;
		this.municipalities = municipalities;
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public RecordStream fetch(SourceSettings settings) {
		var headers = new HashMap<String, String>();
		if (settings.syncState() != null && settings.syncState().startsWith("etag:")) {
			headers.put("If-None-Match", settings.syncState().substring(5));
		}
		var answer = http.get(ID, URI.create(settings.baseUrl()), headers);
		if (answer.notModified()) {
			return RecordStream.of(java.util.Collections.emptyIterator());
		}
		var records = read(new ByteArrayInputStream(answer.body()), settings);
		return RecordStream.of(records, answer.etag().map(etag -> "etag:" + etag).orElse(null), records::close);
	}

	@Override
	public RecordStream read(InputStream file, SourceSettings settings) {
		var position = new int[] { 0 };
		return JsonRecords.stream(json, file, ARRAYS, node -> parse(node, settings, ++position[0]));
	}

	SourceRecord parse(JsonNode node, SourceSettings settings, int position) {
		var ref = "#" + position;
		try {
			Fields.requireObject(node);
			if (node.has("item") && node.path("@type").asString("").equals("ListItem")) {
				node = node.get("item");
				Fields.requireObject(node);
			}
			ref = identifier(node).orElse(ref);
			var ad = ad(node);
			if (settings.municipalities().isEmpty() || ad.remote()
					|| (ad.municipalityCode() != null && settings.inRegion(List.of(ad.municipalityCode())))) {
				return new SourceRecord.Parsed(ad.id(), ad);
			}
			return new SourceRecord.OutsideRegion(ad.id());
		}
		catch (Fields.Problem problem) {
			return problem.toRejection(ref);
		}
	}

	private JobAdStore.JobAd ad(JsonNode node) {
		var type = node.get("@type");
		if (type == null || !(type.isString() ? type.asString().equals("JobPosting") : containsJobPosting(type))) {
			throw new Fields.Problem("opendata.reject.notJobPosting", type == null ? "@type" : type.toString());
		}
		var id = identifier(node).orElseThrow(() -> new Fields.Problem("opendata.reject.missing", "identifier"));
		var title = Fields.required(node, "title", 300);
		var description = Fields.text(node, "description", 100_000);
		if (description != null) {
			description = Jsoup.parse(description).text();
			description = description.length() > 8000 ? description.substring(0, 8000) : description;
		}
		var occupation = occupation(node.get("occupationalCategory"));
		var skills = new ArrayList<String>();
		var skillNode = node.get("skills");
		if (skillNode != null && !skillNode.isNull()) {
			for (var skill : skillNode.isArray() ? skillNode : List.of(skillNode)) {
				term(skill, "skills").ifPresent(uri -> {
					if (!taxonomy.isSkill(uri)) {
						throw new Fields.Problem("opendata.reject.unknownCode", "skills: " + uri);
					}
					if (!skills.contains(uri)) {
						skills.add(uri);
					}
				});
			}
		}
		var hiring = Fields.object(node, "hiringOrganization");
		var hiringName = Fields.text(hiring, "name", 300);
		var businessId = businessId(hiring.get("identifier"));
		var place = place(node.get("jobLocation"));
		var remote = "TELECOMMUTE".equalsIgnoreCase(String.valueOf(Fields.text(node, "jobLocationType", 40)));
		var url = Fields.text(node, "url", 1000);
		if (url != null && !url.matches("https?://\\S+")) {
			throw new Fields.Problem("opendata.reject.url", url);
		}
		var posted = Fields.date(node, "datePosted");
		var valid = Fields.date(node, "validThrough");
		if (posted != null && valid != null && valid.isBefore(posted)) {
			throw new Fields.Problem("opendata.reject.dates", posted + " > " + valid);
		}
		return new JobAdStore.JobAd(id, title, description, occupation, List.copyOf(skills), hiringName, businessId,
				place.municipality(), place.locality(), remote, posted, valid, url);
	}

	private static boolean containsJobPosting(JsonNode types) {
		if (!types.isArray()) {
			return false;
		}
		for (var type : types) {
			if (type.isString() && type.asString().equals("JobPosting")) {
				return true;
			}
		}
		return false;
	}

	private static java.util.Optional<String> identifier(JsonNode node) {
		var identifier = node.get("identifier");
		String value = null;
		if (identifier != null && identifier.isObject()) {
			value = Fields.text(identifier, "value", 200);
		}
		else if (identifier != null && !identifier.isNull()) {
			value = Fields.text(node, "identifier", 200);
		}
		if (value == null) {
			value = Fields.text(node, "@id", 200);
		}
		if (value == null) {
			value = Fields.text(node, "url", 200);
		}
		return java.util.Optional.ofNullable(value);
	}

	private @Nullable String occupation(@Nullable JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		for (var candidate : node.isArray() ? node : List.of(node)) {
			var uri = term(candidate, "occupationalCategory");
			if (uri.isPresent() && uri.get().startsWith(ESCO + "occupation/")) {
				if (!taxonomy.isOccupation(uri.get())) {
					throw new Fields.Problem("opendata.reject.unknownCode", "occupationalCategory: " + uri.get());
				}
				return uri.get();
			}
		}
		return null;
	}

	/**
	 * The ESCO URI a term names, if it names one; plain words are not codes.
	 */
	private static java.util.Optional<String> term(JsonNode node, String field) {
		String value;
		if (node.isString()) {
			value = node.asString();
		}
		else if (node.isObject()) {
			value = firstOf(node, "@id", "url", "termCode", "codeValue");
		}
		else {
			throw new Fields.Problem("opendata.reject.wrongType", field);
		}
		if (value == null || !value.startsWith(ESCO)) {
			return java.util.Optional.empty();
		}
		if (value.length() > 255) {
			throw new Fields.Problem("opendata.reject.tooLong", field);
		}
		return java.util.Optional.of(value);
	}

	private static @Nullable String firstOf(JsonNode node, String... fields) {
		for (var field : fields) {
			var value = Fields.text(node, field, 1000);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	private static @Nullable String businessId(@Nullable JsonNode identifier) {
		if (identifier == null || identifier.isNull()) {
			return null;
		}
		String value;
		if (identifier.isObject()) {
			value = Fields.text(identifier, "value", 40);
		}
		else if (identifier.isString()) {
			value = identifier.asString().strip();
		}
		else {
			throw new Fields.Problem("opendata.reject.wrongType", "hiringOrganization.identifier");
		}
		if (value == null) {
			return null;
		}
		if (!BusinessId.isValid(value)) {
			throw new Fields.Problem("opendata.reject.businessId", value);
		}
		return value;
	}

	private Place place(@Nullable JsonNode node) {
		if (node == null || node.isNull()) {
			return new Place(null, null);
		}
		var first = node.isArray() ? (node.isEmpty() ? null : node.get(0)) : node;
		if (first == null) {
			return new Place(null, null);
		}
		Fields.requireObject(first);
		var address = Fields.object(first, "address");
		var locality = Fields.text(address, "addressLocality", 200);
		var code = municipalities.byName(locality).orElse(null);
		return new Place(code, locality);
	}

	@Override
	public String store(SourceRecord.Parsed record, boolean isNew) {
		var ad = (JobAdStore.JobAd) record.payload();
		store.upsert(ID, ad);
		return ad.id();
	}

	record Place(@Nullable String municipality, @Nullable String locality) {
	}

}
