package fi.osaamo.site;

import java.util.Locale;

import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.content.ArticleManagement;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.jobs.JobManagement;
import fi.osaamo.platform.Language;
import fi.osaamo.studies.StudyManagement;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SiteController {

	static final int NEWEST = 5;

	static final int RESULTS = 5;

	private final ArticleManagement articles;

	private final CompetenceManagement competence;

	private final JobManagement jobs;

	private final StudyManagement studies;

	private final TaxonomyManagement taxonomy;

	SiteController(ArticleManagement articles, CompetenceManagement competence, JobManagement jobs,
			StudyManagement studies, TaxonomyManagement taxonomy) {
		this.taxonomy = taxonomy;
		this.articles = articles;
		this.competence = competence;
		this.jobs = jobs;
		this.studies = studies;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal @Nullable PersonPrincipal user, Locale locale, Model model) {
		var language = Language.of(locale);
		var reader = user == null ? null : user.personId();
		model.addAttribute("page", new HomePage(reader == null ? null : competence.hasMapping(reader),
				articles.newest(reader, language, NEWEST), articles.categories()));
		return "site/home";
	}

	@GetMapping("/search")
	String search(@AuthenticationPrincipal @Nullable PersonPrincipal user, @RequestParam(defaultValue = "") String q,
			Locale locale, Model model) {
		var query = (q.length() > 200 ? q.substring(0, 200) : q).strip();
		if (query.isEmpty()) {
			model.addAttribute("page", new SearchPage(query, null, null, null));
			return "site/search";
		}
		var reader = user == null ? null : user.personId();
		var foundArticles = articles.list(reader, Language.of(locale), null, query, 0, RESULTS);
		var foundJobs = reader == null ? null : jobs.list(reader, null, null, query, 0, RESULTS);
		var foundStudies = reader == null ? null
				: studies.list(query, taxonomy.skillsNamedBy(query, Language.of(locale)), null, null, 0, RESULTS);
		model.addAttribute("page", new SearchPage(query, foundArticles, foundJobs, foundStudies));
		return "site/search";
	}

}
