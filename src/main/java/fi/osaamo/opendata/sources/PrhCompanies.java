package fi.osaamo.opendata.sources;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.companies.RegisterEntry;
import fi.osaamo.companies.RegisterUpdates;
import fi.osaamo.companies.RegisteredCompany;
import fi.osaamo.opendata.imports.ChangeLog;
import fi.osaamo.opendata.imports.RecordStream;
import fi.osaamo.opendata.imports.SourceAdapter;
import fi.osaamo.opendata.imports.SourceHttp;
import fi.osaamo.opendata.imports.SourceRecord;
import fi.osaamo.opendata.imports.SourceSettings;
import fi.osaamo.platform.Language;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Companies from the PRH / YTJ open data API v3
 * ({@code GET /companies?location=…&page=…}), one municipality of the region after
 * another, or from a file with the same {@code companies} array (or the bulk download's
 * top-level array). Source: Finnish Patent and Registration Office (PRH) / YTJ open data,
 * CC BY 4.0.
 *
 * <p>
 * The API has no "changed since" filter, so every run pages through the region; records
 * whose content did not change are counted as unchanged and not written.
 */
@Component
class PrhCompanies implements SourceAdapter {

	static final String ID = "prh-companies";

	private static final Set<String> ARRAYS = Set.of("companies");

	private static final int PAGE_SIZE = 100;

	private final SourceHttp http;

	private final JsonMapper json;

	private final RegisterUpdates register;

	private final ClassificationManagement classifications;

	private final ChangeLog changes;

	private final PrhCompanyReader companyReader;

	PrhCompanies(SourceHttp http, JsonMapper json, RegisterUpdates register, ClassificationManagement classifications,
			ChangeLog changes) {
		this.http = http;
		this.json = json;
		this.register = register;
		this.classifications = classifications;
		this.changes = changes;
		this.companyReader = new PrhCompanyReader(classifications);
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public boolean canFetch(SourceSettings settings) {
		return SourceAdapter.super.canFetch(settings) && !settings.municipalities().isEmpty();
	}

	@Override
	public RecordStream fetch(SourceSettings settings) {
		return RecordStream.of(new MunicipalityPages(settings.municipalities(), 1,
				(municipality, page) -> page(settings, municipality, page)));
	}

	private MunicipalityPages.Page page(SourceSettings settings, String municipality, int page) {
		// The API looks companies up by the place's name.
		var name = classifications.municipality(municipality, Language.FI)
			.map(code -> code.name())
			.orElse(municipality);
		var uri = settings
			.url("/companies?location=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&page=" + page);
		var answer = http.get(ID, uri, Map.of());
		var records = read(new ByteArrayInputStream(answer.body()), settings);
		var body = json.readTree(answer.body());
		return MunicipalityPages.Page.of(records,
				body.path("companies").size() == 0 || (long) page * PAGE_SIZE >= body.path("totalResults").asInt(0));
	}

	@Override
	public RecordStream read(InputStream file, SourceSettings settings) {
		return JsonRecords.stream(json, file, ARRAYS, node -> parse(node, settings));
	}

	SourceRecord parse(JsonNode node, SourceSettings settings) {
		var ref = node.path("businessId").path("value").asString("?");
		try {
			Fields.requireObject(node);
			var company = companyReader.company(node);
			return settings.inRegion(company.municipalities()) ? new SourceRecord.Parsed(company.businessId(), company)
					: new SourceRecord.OutsideRegion(company.businessId());
		}
		catch (RecordProblem problem) {
			return problem.toRejection(ref.isBlank() ? "?" : ref);
		}
	}

	@Override
	public String store(SourceRecord.Parsed record, boolean isNew) {
		var company = (PrhCompany) record.payload();
		register.record(new RegisterEntry(
				new RegisteredCompany(company.businessId(), company.name(), company.companyForm(),
						company.industryCode(), company.municipalityCode(), company.streetAddress(), company.postCode(),
						company.postOffice(), company.website(), company.registrationDate(), company.endDate()),
				company.names(), company.companyFormNames(), company.industryNames(), company.status(),
				PrhCompany.modified(company.lastModified())));
		changes.upserted(ChangeLog.Kind.company, company.businessId());
		return company.businessId();
	}

}
