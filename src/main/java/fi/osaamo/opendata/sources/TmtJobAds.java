package fi.osaamo.opendata.sources;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
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

	private final TmtJobAdReader reader;

	TmtJobAds(SourceHttp http, JsonMapper json, JobAdStore store, TaxonomyManagement taxonomy,
			Municipalities municipalities) {
		this.http = http;
		this.json = json;
		this.store = store;
		this.reader = new TmtJobAdReader(taxonomy, municipalities, codesets(json));
	}

	/** The API's documented code sets, as stored with the application. */
	private static JsonNode codesets(JsonMapper json) {
		try (var input = TmtJobAds.class
			.getResourceAsStream("/opendata/tyomarkkinatori_jobposting_api_codesets.json")) {
			return json.readTree(input).get("codesets");
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
		return RecordStream.of(new MunicipalityPages(settings.municipalities(), 0,
				(municipality, page) -> page(settings, municipality, page)));
	}

	private MunicipalityPages.Page page(SourceSettings settings, String municipality, int page) {
		var uri = settings
			.url("/jobpostingprovider/v1/tyopaikat?sivu=" + page + "&maara=" + PAGE_SIZE + "&kunta=" + municipality);
		var answer = http.get(ID, uri, Map.of(KEY_HEADER, settings.subscriptionKey()));
		var records = read(new ByteArrayInputStream(answer.body()), settings);
		return MunicipalityPages.Page.of(records, json.readTree(answer.body()).path("tyopaikat").size() < PAGE_SIZE);
	}

	@Override
	public RecordStream read(InputStream file, SourceSettings settings) {
		return JsonRecords.stream(json, file, ARRAYS, node -> parse(node, settings));
	}

	SourceRecord parse(JsonNode node, SourceSettings settings) {
		var ref = node.isObject() ? node.path("ilmoituksenID").asString("?") : "?";
		try {
			Fields.requireObject(node);
			return placed(reader.ad(node, settings), node, settings);
		}
		catch (RecordProblem problem) {
			return problem.toRejection(ref);
		}
	}

	private static SourceRecord placed(JobAdStore.JobAd ad, JsonNode node, SourceSettings settings) {
		var codes = TmtFields.strings(Fields.object(node, "sijainti"), "kunnat");
		return codes.isEmpty() || settings.inRegion(codes) ? new SourceRecord.Parsed(ad.id(), ad)
				: new SourceRecord.OutsideRegion(ad.id());
	}

	@Override
	public String store(SourceRecord.Parsed record, boolean isNew) {
		var ad = (JobAdStore.JobAd) record.payload();
		store.upsert(ID, ad);
		return ad.id();
	}

}
