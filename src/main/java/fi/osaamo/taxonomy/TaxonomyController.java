package fi.osaamo.taxonomy;

import java.io.IOException;

import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.NotFoundException;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.util.Locale;

@Controller
class TaxonomyController {

	static final int RESULTS = 20;

	private final TaxonomyManagement taxonomy;

	private final EscoLabelImporter labels;

	TaxonomyController(TaxonomyManagement taxonomy, EscoLabelImporter labels) {
		this.taxonomy = taxonomy;
		this.labels = labels;
	}

	@GetMapping("/taxonomy")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "skills") String kind,
			Locale locale, Model model) {
		model.addAttribute("page", page(q, kind, locale));
		return "taxonomy/search";
	}

	@HxRequest
	@GetMapping("/taxonomy")
	String results(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "skills") String kind,
			Locale locale, Model model) {
		model.addAttribute("page", page(q, kind, locale));
		return "taxonomy/results";
	}

	private TaxonomySearchPage page(String q, String kind, Locale locale) {
		var query = q.length() > TaxonomyManagement.MAX_QUERY ? q.substring(0, TaxonomyManagement.MAX_QUERY) : q;
		var occupations = "occupations".equals(kind);
		var language = Language.of(locale);
		var results = occupations ? taxonomy.searchOccupations(query, language, RESULTS)
				: taxonomy.searchSkills(query, language, RESULTS);
		return new TaxonomySearchPage(query, occupations, results);
	}

	@GetMapping("/taxonomy/concepts/{id}")
	String concept(@PathVariable String id, Locale locale, Model model) {
		model.addAttribute("page",
				taxonomy.details(id, Language.of(locale)).orElseThrow(() -> new NotFoundException("concept " + id)));
		return "taxonomy/concept";
	}

	@GetMapping("/taxonomy/import")
	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	String importForm(Model model) {
		model.addAttribute("page", new ImportPage(taxonomy.conceptCount(), null, null));
		return "taxonomy/import";
	}

	@PostMapping("/taxonomy/import")
	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	String importLabels(@RequestParam String lang, @RequestParam("file") MultipartFile file, Model model)
			throws IOException {
		try {
			model.addAttribute("page", imported(language(lang, file), file));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", new ImportPage(taxonomy.conceptCount(), null, ex.messageKey()));
		}
		return "taxonomy/import";
	}

	private static Language language(String lang, MultipartFile file) {
		var language = Language.fromCode(lang)
			.orElseThrow(() -> new InvalidInputException("lang", "validation.language", lang));
		if (file.isEmpty()) {
			throw new InvalidInputException("file", "validation.required");
		}
		return language;
	}

	private ImportPage imported(Language language, MultipartFile file) throws IOException {
		try (var input = file.getInputStream()) {
			return new ImportPage(taxonomy.conceptCount(), labels.importLabels(language, input), null);
		}
	}

}
