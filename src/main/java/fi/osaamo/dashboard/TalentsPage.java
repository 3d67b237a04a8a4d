package fi.osaamo.dashboard;

import java.util.List;
import java.util.Map;
import java.util.Set;

import fi.osaamo.competence.TalentDirectory;
import fi.osaamo.competence.TalentMatch;
import fi.osaamo.competence.TalentProfile;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.taxonomy.ConceptRef;
import org.jspecify.annotations.Nullable;

/**
 * The city's visible talents, browsed or searched by a competence keyword.
 *
 * @param teamName the team, or {@code null} for a user outside every growth team
 * @param form the search as asked
 * @param employer the company the company words named, if any
 * @param step how the search ended, or {@code null} when nothing was searched
 * @param levelUsed the lowest level the results count
 * @param searched the skills the keyword named
 * @param related related skills added when the search relaxed
 * @param talents the talents on this page
 * @param total how many were found in all
 * @param page the page, from 0
 * @param pages how many pages
 * @param labels skill and occupation labels by URI
 * @param facets how many talents told each situation, municipality and occupation
 * @param municipalityNames municipality names by code
 * @param error what was wrong with the search
 */
public record TalentsPage(@Nullable String teamName, TalentsForm form, @Nullable Employer employer,
		@Nullable TalentSearchStep step, int levelUsed, Set<String> searched, Set<String> related,
		List<TalentMatch> talents, long total, int page, int pages, Map<String, ConceptRef> labels,
		TalentDirectory.Facets facets, Map<String, String> municipalityNames, @Nullable InvalidInputException error) {

	private static final TalentDirectory.Facets NO_FACETS = new TalentDirectory.Facets(Map.of(), Map.of(), Map.of());

	static TalentsPage outsideTeams(TalentsForm form) {
		return new TalentsPage(null, form, null, null, 3, Set.of(), Set.of(), List.of(), 0, 0, 0, Map.of(), NO_FACETS,
				Map.of(), null);
	}

	static TalentsPage unsearched(String teamName, TalentsForm form, @Nullable Employer employer,
			TalentDirectory.Facets facets, Map<String, ConceptRef> labels, Map<String, String> municipalityNames,
			@Nullable InvalidInputException error) {
		return new TalentsPage(teamName, form, employer, null, 3, Set.of(), Set.of(), List.of(), 0, 0, 0, labels,
				facets, municipalityNames, error);
	}

	public String label(String uri) {
		var concept = labels.get(uri);
		return concept == null ? uri : concept.label().text();
	}

	public String municipality(String code) {
		return municipalityNames.getOrDefault(code, code);
	}

	public boolean browsing() {
		return step == TalentSearchStep.BROWSE;
	}

	public boolean errorOn(String field) {
		return error != null && error.field().equals(field);
	}

	public boolean relatedSkill(String uri) {
		return !browsing() && !searched.contains(uri);
	}

	public int[] levels() {
		return new int[] { 1, 2, 3, 4, 5 };
	}

	public TalentProfile.Situation[] situations() {
		return TalentProfile.Situation.values();
	}

	public long situationCount(TalentProfile.Situation situation) {
		return facets.situations().getOrDefault(situation.name(), 0L);
	}

	public String link(int target) {
		return "/dashboard/talents?" + parameters(true) + "&page=" + target;
	}

	public String exportLink(String format) {
		return "/dashboard/talents." + format + "?" + parameters(true);
	}

	public String query() {
		return form.query();
	}

	public String level() {
		return form.level();
	}

	public String withoutCompanyLink() {
		return "/dashboard/talents?" + parameters(false);
	}

	/**
	 * Where a company the words named was chosen, the link that searches among its
	 * employees.
	 * @param businessId the company chosen
	 * @return the link
	 */
	public String chooseLink(String businessId) {
		return "/dashboard/talents?" + parameters(false) + "&company=" + businessId;
	}

	private String parameters(boolean withCompany) {
		return form.parameters(withCompany,
				employer != null && employer.company() != null ? employer.company().businessId() : form.company());
	}

}
