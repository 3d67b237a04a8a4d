package fi.osaamo.opendata.sources;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import fi.osaamo.matching.SkillProposals;
import fi.osaamo.opendata.imports.RecordStream;
import fi.osaamo.opendata.imports.SourceAdapter;
import fi.osaamo.opendata.imports.SourceHttp;
import fi.osaamo.opendata.imports.SourceRecord;
import fi.osaamo.opendata.imports.SourceSettings;
import fi.osaamo.platform.Language;
import fi.osaamo.studies.NewStudy;
import fi.osaamo.studies.StudyManagement;
import fi.osaamo.studies.StudyType;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Studies from the Opintopolku Konfo external search API: each education (koulutus) with
 * its implementations (toteutukset), one study per implementation taught in the region.
 * The skills a study teaches are proposed by skill extraction from its description and
 * wait for a person to confirm them. Data: Opetushallitus, Opintopolku.
 */
@Component
class KonfoStudies implements SourceAdapter {

	static final String ID = "konfo-studies";

	static final String SOURCE = "KONFO";

	private static final Set<String> ARRAYS = Set.of("koulutukset", "hits");

	static final Pattern OID = Pattern.compile("1\\.2\\.246\\.562\\.\\d{2}\\.\\d{1,30}");

	private static final int PAGE_SIZE = 50;

	private final SourceHttp http;

	private final JsonMapper json;

	private final StudyManagement studies;

	private final SkillProposals proposals;

	private final KonfoImplementations implementationReader;

	KonfoStudies(SourceHttp http, JsonMapper json, StudyManagement studies, SkillProposals proposals,
			Municipalities municipalities) {
		this.http = http;
		this.json = json;
		this.studies = studies;
		this.proposals = proposals;
		this.implementationReader = new KonfoImplementations(municipalities);
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
			var uri = settings.url("/external/search/koulutukset?sijainti=kunta_" + municipality + "&page=" + page
					+ "&size=" + PAGE_SIZE + "&lng=fi");
			var answer = http.get(ID, uri, Map.of());
			var records = read(new ByteArrayInputStream(answer.body()), settings);
			var body = json.readTree(answer.body());
			return MunicipalityPages.Page.of(records, body.path("koulutukset").size() < PAGE_SIZE
					|| (long) page * PAGE_SIZE >= body.path("total").asLong(Long.MAX_VALUE));
		}));
	}

	@Override
	public RecordStream read(InputStream file, SourceSettings settings) {
		return JsonRecords.stream(json, file, ARRAYS, node -> parse(node, settings));
	}

	SourceRecord parse(JsonNode node, SourceSettings settings) {
		var ref = node.isObject() ? node.path("oid").asString("?") : "?";
		try {
			Fields.requireObject(node);
			var oid = Fields.required(node, "oid", 60);
			if (!OID.matcher(oid).matches()) {
				throw new Fields.Problem("opendata.reject.oid", oid);
			}
			var names = Fields.object(node, "nimi");
			var language = language(node);
			var title = localized(names, language, "nimi");
			if (title == null) {
				throw new Fields.Problem("opendata.reject.missing", "nimi");
			}
			var description = localized(Fields.object(node, "kuvaus"), language, "kuvaus");
			var type = type(Fields.text(node, "koulutustyyppi", 40));
			var all = Fields.array(node, "toteutukset");
			var implementations = implementationReader.implementations(all, title, language, settings);
			if (implementations.isEmpty() && !all.isEmpty()) {
				return new SourceRecord.OutsideRegion(oid);
			}
			return new SourceRecord.Parsed(oid, new Education(oid, title,
					description == null ? null : Jsoup.parse(description).text(), type, language, implementations));
		}
		catch (Fields.Problem problem) {
			return problem.toRejection(ref);
		}
	}

	/** The first of the education's languages this application knows, else Finnish. */
	private static String language(JsonNode node) {
		var languages = new ArrayList<String>();
		for (var language : Fields.array(node, "kielivalinta")) {
			if (!language.isString()) {
				throw new Fields.Problem("opendata.reject.wrongType", "kielivalinta");
			}
			languages.add(language.asString());
		}
		return languages.stream().filter(code -> Language.fromCode(code).isPresent()).findFirst().orElse("fi");
	}

	static @Nullable String localized(JsonNode names, String language, String field) {
		var preferred = Fields.text(names, language, 100_000);
		if (preferred != null) {
			return shorten(preferred, field);
		}
		for (var code : List.of("fi", "sv", "en")) {
			var text = Fields.text(names, code, 100_000);
			if (text != null) {
				return shorten(text, field);
			}
		}
		return null;
	}

	private static String shorten(String text, String field) {
		if (field.equals("kuvaus")) {
			return text;
		}
		if (text.length() > 300) {
			throw new Fields.Problem("opendata.reject.tooLong", field + " (" + text.length() + " > 300)");
		}
		return text;
	}

	private static StudyType type(@Nullable String type) {
		if (type == null) {
			return StudyType.MODULE;
		}
		return switch (type) {
			case "amk", "yo", "amm", "lk", "amm-tutkinnon-osa", "amm-osaamisala" -> StudyType.DEGREE;
			case "kk-opintojakso", "kk-opintokokonaisuus", "vapaa-sivistystyo-muu", "vapaa-sivistystyo-opistovuosi",
					"amm-muu", "tuva", "telma", "taiteen-perusopetus", "muu" ->
				StudyType.MODULE;
			default -> throw new Fields.Problem("opendata.reject.unknownCode", "koulutustyyppi: " + type);
		};
	}

	@Override
	public String store(SourceRecord.Parsed record, boolean isNew) {
		var education = (Education) record.payload();
		var description = education.description() == null ? null : education.description().length() > 4000
				? education.description().substring(0, 3999) + "…" : education.description();
		var proposed = education.description() == null ? List.<String>of()
				: proposals.propose(education.title() + ". " + education.description(),
						Language.fromCode(education.language()).orElse(Language.FI));
		var ids = new ArrayList<String>();
		for (var implementation : education.implementations()) {
			var id = studies.save(new NewStudy(SOURCE, implementation.oid(), implementation.provider(),
					implementation.name(), description, education.type(), implementation.language(),
					implementation.municipalities().isEmpty() ? null : implementation.municipalities().get(0),
					implementation.online(), implementation.start(), implementation.end(), null,
					implementation.costEur(),
					"https://opintopolku.fi/konfo/" + implementation.language() + "/toteutus/" + implementation.oid(),
					List.of()));
			studies.proposeSkills(id, proposed);
			ids.add(id.toString());
		}
		return String.join(",", ids.subList(0, Math.min(ids.size(), 4)));
	}

	record Education(String oid, String title, @Nullable String description, StudyType type, String language,
			List<Implementation> implementations) {
	}

	record Implementation(String oid, String name, String provider, List<String> municipalities, String language,
			boolean online, @Nullable LocalDate start, @Nullable LocalDate end, @Nullable BigDecimal costEur) {
	}

}
