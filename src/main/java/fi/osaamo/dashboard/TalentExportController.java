package fi.osaamo.dashboard;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import fi.osaamo.competence.TalentMatch;
import fi.osaamo.competence.TalentMatch.SkillLevel;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.taxonomy.ConceptRef;
import fi.osaamo.taxonomy.TaxonomyManagement;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Exports the talents a growth team's search finds as a spreadsheet, CSV or Excel. */
@Controller
@PreAuthorize("hasRole('GROWTH_TEAM')")
class TalentExportController {

	static final int EXPORT_LIMIT = 5_000;

	private final Teams teams;

	private final TalentSearch search;

	private final TalentFilters filters;

	private final TaxonomyManagement taxonomy;

	private final MessageSource messages;

	TalentExportController(Teams teams, TalentSearch search, TalentFilters filters, TaxonomyManagement taxonomy,
			MessageSource messages) {
		this.teams = teams;
		this.search = search;
		this.filters = filters;
		this.taxonomy = taxonomy;
		this.messages = messages;
	}

	@GetMapping("/dashboard/talents.{format:csv|xlsx}")
	void export(@PathVariable String format, TalentsForm asked, @AuthenticationPrincipal PersonPrincipal user,
			Locale locale, HttpServletResponse response) throws IOException {
		var team = teams.teamOf(user.personId())
			.orElseThrow(() -> new AccessDeniedException("Talents are found by a growth team"));
		var language = Language.of(locale);
		var talents = found(team.id(), asked, language);
		var labels = labels(talents, language);
		Exports.Rows rows = row -> talents.forEach(talent -> row.accept(
				new ArrayList<>(List.of(talent.pseudonym(), skills(talent, labels, locale), talent.skills().size()))));
		Exports.send(format, "talents", List.of("pseudonym", "skills", "matched"), rows, messages, locale, response);
	}

	private List<TalentMatch> found(OrganisationId team, TalentsForm asked, Language language) {
		var employer = filters.employer(asked);
		if (employer != null && employer.company() == null) {
			throw new InvalidInputException("company", "dashboard.talents.chooseCompany", asked.company());
		}
		return search
			.search(team, asked.query(), TalentFilters.level(asked.level()), language,
					employer == null ? null : employer.employees(), filters.filter(asked), 0, EXPORT_LIMIT)
			.page()
			.talents();
	}

	private Map<String, ConceptRef> labels(List<TalentMatch> talents, Language language) {
		return taxonomy.byUris(
				talents.stream().flatMap(talent -> talent.skills().stream()).map(SkillLevel::uri).distinct().toList(),
				language);
	}

	/** A talent's skills with their levels, as one cell of the export. */
	private String skills(TalentMatch talent, Map<String, ConceptRef> labels, Locale locale) {
		return talent.skills().stream().map(skill -> {
			var concept = labels.get(skill.uri());
			return (concept == null ? skill.uri() : concept.label().text()) + " ("
					+ messages.getMessage("level." + skill.level(), null, locale) + ")";
		}).collect(Collectors.joining("; "));
	}

}
