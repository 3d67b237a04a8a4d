package fi.osaamo.opendata.sources;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Set;

import fi.osaamo.opendata.imports.RecordStream;
import fi.osaamo.opendata.imports.SourceAdapter;
import fi.osaamo.opendata.imports.SourceHttp;
import fi.osaamo.opendata.imports.SourceRecord;
import fi.osaamo.opendata.imports.SourceSettings;
import fi.osaamo.taxonomy.TaxonomyManagement;
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

	private final SourceHttp http;

	private final JsonMapper json;

	private final JobAdStore store;

	private final JobPostings postings;

	JobPostingFeed(SourceHttp http, JsonMapper json, JobAdStore store, TaxonomyManagement taxonomy,
			Municipalities municipalities) {
		this.http = http;
		this.json = json;
		this.store = store;
		this.postings = new JobPostings(taxonomy, municipalities);
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
			return RecordStream.of(Collections.emptyIterator());
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
			var posting = posting(node);
			ref = JobPostingTerms.identifier(posting).orElse(ref);
			return placed(postings.ad(posting), settings);
		}
		catch (RecordProblem problem) {
			return problem.toRejection(ref);
		}
	}

	/** The posting itself, or the one an item list's element holds. */
	private static JsonNode posting(JsonNode node) {
		Fields.requireObject(node);
		if (node.has("item") && node.path("@type").asString("").equals("ListItem")) {
			node = node.get("item");
			Fields.requireObject(node);
		}
		return node;
	}

	private static SourceRecord placed(JobAdStore.JobAd ad, SourceSettings settings) {
		if (settings.municipalities().isEmpty() || ad.remote()
				|| (ad.municipalityCode() != null && settings.inRegion(List.of(ad.municipalityCode())))) {
			return new SourceRecord.Parsed(ad.id(), ad);
		}
		return new SourceRecord.OutsideRegion(ad.id());
	}

	@Override
	public String store(SourceRecord.Parsed record, boolean isNew) {
		var ad = (JobAdStore.JobAd) record.payload();
		store.upsert(ID, ad);
		return ad.id();
	}

}
