package fi.osaamo.opendata.sources;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.companies.RegisterEntry;
import fi.osaamo.companies.RegisterEntry.Name;
import fi.osaamo.companies.RegisterUpdates;
import fi.osaamo.companies.RegisteredCompany;
import fi.osaamo.opendata.imports.ChangeLog;
import fi.osaamo.opendata.imports.RecordStream;
import fi.osaamo.opendata.imports.SourceAdapter;
import fi.osaamo.opendata.imports.SourceHttp;
import fi.osaamo.opendata.imports.SourceRecord;
import fi.osaamo.opendata.imports.SourceSettings;
import fi.osaamo.organisation.BusinessId;
import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;
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

	private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

	private final SourceHttp http;

	private final JsonMapper json;

	private final RegisterUpdates register;

	private final ClassificationManagement classifications;

	private final ChangeLog changes;

	PrhCompanies(SourceHttp http, JsonMapper json, RegisterUpdates register, ClassificationManagement classifications,
			ChangeLog changes) {
		this.http = http;
		this.json = json;
		this.register = register;
		this.classifications = classifications;
		this.changes = changes;
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
		return RecordStream.of(new MunicipalityPages(settings.municipalities(), 1, (municipality, page) -> {
			// The API looks companies up by the place's name.
			var name = classifications.municipality(municipality, Language.FI)
				.map(code -> code.name())
				.orElse(municipality);
			var uri = settings
				.url("/companies?location=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&page=" + page);
			var answer = http.get(ID, uri, Map.of());
			var records = read(new ByteArrayInputStream(answer.body()), settings);
			var body = json.readTree(answer.body());
			var companies = body.path("companies").size();
			return MunicipalityPages.Page.of(records,
					companies == 0 || (long) page * PAGE_SIZE >= body.path("totalResults").asInt(0));
		}));
	}

	@Override
	public RecordStream read(InputStream file, SourceSettings settings) {
		return JsonRecords.stream(json, file, ARRAYS, node -> parse(node, settings));
	}

	SourceRecord parse(JsonNode node, SourceSettings settings) {
		var ref = node.path("businessId").path("value").asString("?");
		try {
			Fields.requireObject(node);
			var company = company(node);
			return settings.inRegion(company.municipalities()) ? new SourceRecord.Parsed(company.businessId(), company)
					: new SourceRecord.OutsideRegion(company.businessId());
		}
		catch (Fields.Problem problem) {
			return problem.toRejection(ref.isBlank() ? "?" : ref);
		}
	}

	private Company company(JsonNode node) {
		var businessId = Fields.required(Fields.object(node, "businessId"), "value", 20);
		if (!BusinessId.isValid(businessId)) {
			throw new Fields.Problem("opendata.reject.businessId", businessId);
		}
		var names = names(node);
		var current = currentName(names);
		var form = currentOf(Fields.array(node, "companyForms"));
		var line = Fields.object(node, "mainBusinessLine");
		var industry = industry(line);
		var municipalities = new LinkedHashSet<String>();
		Address visiting = null;
		for (var address : Fields.array(node, "addresses")) {
			Fields.requireObject(address);
			var parsed = address(address);
			municipalities.addAll(parsed.municipalities());
			if (visiting == null || "1".equals(parsed.type())) {
				visiting = parsed;
			}
		}
		return new Company(businessId, current.name(), List.copyOf(names),
				form == null ? null : Fields.code(form, "type", 8), form == null ? Map.of() : descriptions(form),
				industry, descriptions(line), visiting == null ? null : visiting.municipality(),
				visiting == null ? null : visiting.street(), visiting == null ? null : visiting.postCode(),
				visiting == null ? null : visiting.city(), Fields.text(Fields.object(node, "website"), "url", 300),
				Fields.date(node, "registrationDate"), Fields.date(node, "endDate"), Fields.code(node, "status", 4),
				Fields.text(node, "lastModified", 40), List.copyOf(municipalities));
	}

	private static @Nullable JsonNode currentOf(JsonNode forms) {
		JsonNode current = null;
		for (var form : forms) {
			Fields.requireObject(form);
			if (Fields.date(form, "endDate") == null) {
				current = form;
			}
		}
		return current;
	}

	/** The company's names, the latest first. */
	private static List<Name> names(JsonNode node) {
		var names = new ArrayList<Name>();
		for (var name : Fields.array(node, "names")) {
			Fields.requireObject(name);
			names.add(new Name(Fields.required(name, "name", 300), Fields.code(name, "type", 4),
					Fields.date(name, "registrationDate"), Fields.date(name, "endDate")));
		}
		names.sort(Comparator.comparing(Name::from, Comparator.nullsFirst(Comparator.naturalOrder())).reversed());
		return names;
	}

	/** The current main name (type 1), else any current name. */
	private static Name currentName(List<Name> names) {
		return names.stream()
			.filter(name -> "1".equals(name.type()) && name.to() == null)
			.findFirst()
			.or(() -> names.stream().filter(name -> name.to() == null).findFirst())
			.orElseThrow(() -> new Fields.Problem("opendata.reject.missing", "names"));
	}

	/** The main business line's TOL 2008 code, if it is given and known. */
	private @Nullable String industry(JsonNode line) {
		var industry = Fields.code(line, "type", 10);
		if (industry != null
				&& (!industry.matches("\\d{2,5}") || classifications.industry(industry, Language.FI).isEmpty())) {
			throw new Fields.Problem("opendata.reject.unknownCode", "mainBusinessLine: " + industry);
		}
		return industry;
	}

	private Address address(JsonNode node) {
		var street = String.join(" ",
				Stream
					.of(Fields.text(node, "street", 200), Fields.text(node, "buildingNumber", 20),
							Fields.text(node, "entrance", 20), Fields.text(node, "apartmentNumber", 20))
					.filter(part -> part != null && !part.isBlank())
					.toList());
		String city = null;
		String municipality = null;
		var municipalities = new LinkedHashSet<String>();
		for (var office : Fields.array(node, "postOffices")) {
			Fields.requireObject(office);
			var code = Fields.code(office, "municipalityCode", 3);
			if (code != null) {
				if (classifications.municipality(code, Language.FI).isEmpty()) {
					throw new Fields.Problem("opendata.reject.unknownCode", "municipalityCode: " + code);
				}
				municipalities.add(code);
				municipality = code;
			}
			if (city == null || "1".equals(Fields.code(office, "languageCode", 2))) {
				city = Fields.text(office, "city", 100);
			}
		}
		return new Address(Fields.code(node, "type", 2), street.isBlank() ? null : street,
				Fields.text(node, "postCode", 10), city, municipality, List.copyOf(municipalities));
	}

	private static Map<String, String> descriptions(JsonNode node) {
		var names = new TreeMap<String, String>();
		for (var description : Fields.array(node, "descriptions")) {
			Fields.requireObject(description);
			var language = switch (String.valueOf(Fields.code(description, "languageCode", 2))) {
				case "1" -> "fi";
				case "2" -> "sv";
				case "3" -> "en";
				default -> null;
			};
			var text = Fields.text(description, "description", 300);
			if (language != null && text != null) {
				names.put(language, text);
			}
		}
		return names;
	}

	@Override
	public String store(SourceRecord.Parsed record, boolean isNew) {
		var company = (Company) record.payload();
		register.record(new RegisterEntry(
				new RegisteredCompany(company.businessId(), company.name(), company.companyForm(),
						company.industryCode(), company.municipalityCode(), company.streetAddress(), company.postCode(),
						company.postOffice(), company.website(), company.registrationDate(), company.endDate()),
				company.names(), company.companyFormNames(), company.industryNames(), company.status(),
				modified(company.lastModified())));
		changes.upserted(ChangeLog.Kind.company, company.businessId());
		return company.businessId();
	}

	/**
	 * When the register last changed a company: PRH gives local Finnish time without an
	 * offset.
	 */
	static @Nullable OffsetDateTime modified(@Nullable String text) {
		if (text == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text);
		}
		catch (DateTimeParseException withoutOffset) {
			try {
				return LocalDateTime.parse(text).atZone(HELSINKI).toOffsetDateTime();
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}
	}

	private static final int PAGE_SIZE = 100;

	/**
	 * A company as the register gives it.
	 */
	record Company(String businessId, String name, List<Name> names, @Nullable String companyForm,
			Map<String, String> companyFormNames, @Nullable String industryCode, Map<String, String> industryNames,
			@Nullable String municipalityCode, @Nullable String streetAddress, @Nullable String postCode,
			@Nullable String postOffice, @Nullable String website, @Nullable LocalDate registrationDate,
			@Nullable LocalDate endDate, @Nullable String status, @Nullable String lastModified,
			List<String> municipalities) {
	}

	record Address(@Nullable String type, @Nullable String street, @Nullable String postCode, @Nullable String city,
			@Nullable String municipality, List<String> municipalities) {
	}

}
