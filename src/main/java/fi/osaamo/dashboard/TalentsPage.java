package fi.osaamo.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fi.osaamo.competence.TalentMatch;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.taxonomy.ConceptRef;
import org.jspecify.annotations.Nullable;

/**
 * The search for talents by a competence keyword.
 *
 * @param teamName the team, or {@code null} for a user outside every growth team
 * @param form the search as asked
 * @param step how the search ended (a {@code TalentSearch.Step}), or {@code null} before
 * a search
 * @param levelUsed the lowest level the results count
 * @param searched the skills the keyword named
 * @param related related skills added when the search relaxed
 * @param talents the talents on this page
 * @param total how many were found in all
 * @param page the page, from 0
 * @param pages how many pages
 * @param labels skill labels by URI
 * @param error what was wrong with the search
 */
public record TalentsPage(@Nullable String teamName, Form form, @Nullable String step, int levelUsed,
		Set<String> searched, Set<String> related, List<TalentMatch> talents, long total, int page, int pages,
		Map<String, ConceptRef> labels, @Nullable InvalidInputException error) {

	public String label(String uri) {
		var concept = labels.get(uri);
		return concept == null ? uri : concept.label().text();
	}

	public boolean relatedSkill(String uri) {
		return !searched.contains(uri);
	}

	public int[] levels() {
		return new int[] { 1, 2, 3, 4, 5 };
	}

	public String link(int target) {
		return "/dashboard/talents?" + parameters() + "&page=" + target;
	}

	public String exportLink(String format) {
		return "/dashboard/talents." + format + "?" + parameters();
	}

	public String query() {
		return form.query();
	}

	public int level() {
		return form.level();
	}

	private String parameters() {
		var company = form.employer() != null && form.employer().company() != null
				? form.employer().company().businessId() : form.company();
		return "q=" + URLEncoder.encode(form.query(), StandardCharsets.UTF_8) + "&level=" + form.level()
				+ (company.isEmpty() ? "" : "&company=" + URLEncoder.encode(company, StandardCharsets.UTF_8));
	}

	public String withoutCompanyLink() {
		return "/dashboard/talents?q=" + URLEncoder.encode(form.query(), StandardCharsets.UTF_8) + "&level="
				+ form.level();
	}

	/**
	 * Where a company the words named was chosen, the link that searches among its
	 * employees.
	 * @param businessId the company chosen
	 * @return the link
	 */
	public String chooseLink(String businessId) {
		return "/dashboard/talents?q=" + URLEncoder.encode(form.query(), StandardCharsets.UTF_8) + "&level="
				+ form.level() + "&company=" + businessId;
	}

	/**
	 * The search as asked.
	 *
	 * @param query the keyword
	 * @param level the level asked for
	 * @param company the company's business ID or words of its name, or empty for any
	 * talent
	 * @param employer the company those named, if any
	 */
	public record Form(String query, int level, String company, @Nullable Employer employer) {
	}

}
