package fi.osaamo.opendata.sources;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fi.osaamo.matching.SkillProposals;
import fi.osaamo.opendata.imports.RecordStream;
import fi.osaamo.opendata.imports.SourceAdapter;
import fi.osaamo.opendata.imports.SourceHttp;
import fi.osaamo.opendata.imports.SourceRecord;
import fi.osaamo.opendata.imports.SourceSettings;
import fi.osaamo.opendata.sources.KonfoEducations.Education;
import fi.osaamo.opendata.sources.KonfoEducations.Implementation;
import fi.osaamo.platform.Language;
import fi.osaamo.studies.NewStudy;
import fi.osaamo.studies.StudyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
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

	private static final int PAGE_SIZE = 50;

	private final SourceHttp http;

	private final JsonMapper json;

	private final StudyManagement studies;

	private final SkillProposals proposals;

	private final KonfoEducations educations;

	KonfoStudies(SourceHttp http, JsonMapper json, StudyManagement studies, SkillProposals proposals,
			Municipalities municipalities) {
		this.http = http;
		this.json = json;
		this.studies = studies;
		this.proposals = proposals;
		this.educations = new KonfoEducations(municipalities);
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
		var uri = settings.url("/external/search/koulutukset?sijainti=kunta_" + municipality + "&page=" + page
				+ "&size=" + PAGE_SIZE + "&lng=fi");
		var answer = http.get(ID, uri, Map.of());
		var records = read(new ByteArrayInputStream(answer.body()), settings);
		var body = json.readTree(answer.body());
		return MunicipalityPages.Page.of(records, body.path("koulutukset").size() < PAGE_SIZE
				|| (long) page * PAGE_SIZE >= body.path("total").asLong(Long.MAX_VALUE));
	}

	@Override
	public RecordStream read(InputStream file, SourceSettings settings) {
		return JsonRecords.stream(json, file, ARRAYS, node -> educations.parse(node, settings));
	}

	@Override
	public String store(SourceRecord.Parsed record, boolean isNew) {
		var education = (Education) record.payload();
		var description = shortened(education.description());
		var proposed = proposed(education);
		var ids = new ArrayList<String>();
		for (var implementation : education.implementations()) {
			var id = studies.save(study(education, implementation, description));
			studies.proposeSkills(id, proposed);
			ids.add(id.toString());
		}
		return String.join(",", ids.subList(0, Math.min(ids.size(), 4)));
	}

	private static @Nullable String shortened(@Nullable String description) {
		return description == null ? null
				: description.length() > 4000 ? description.substring(0, 3999) + "…" : description;
	}

	private List<String> proposed(Education education) {
		return education.description() == null ? List.<String>of()
				: proposals.propose(education.title() + ". " + education.description(),
						Language.fromCode(education.language()).orElse(Language.FI));
	}

	private static NewStudy study(Education education, Implementation implementation, @Nullable String description) {
		return new NewStudy(SOURCE, implementation.oid(), implementation.provider(), implementation.name(), description,
				education.type(), implementation.language(),
				implementation.municipalities().isEmpty() ? null : implementation.municipalities().get(0),
				implementation.online(), implementation.start(), implementation.end(), null, implementation.costEur(),
				"https://opintopolku.fi/konfo/" + implementation.language() + "/toteutus/" + implementation.oid(),
				List.of());
	}

}
