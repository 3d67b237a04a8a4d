package fi.osaamo.taxonomy;

import java.util.List;

import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Skill and occupation search as JSON, for the typeahead and other services.
 */
@RestController
@RequestMapping("/api/v1")
class TaxonomyApiController {

	private final TaxonomyManagement taxonomy;

	TaxonomyApiController(TaxonomyManagement taxonomy) {
		this.taxonomy = taxonomy;
	}

	@GetMapping("/skills")
	List<MatchJson> skills(@RequestParam String q, @RequestParam(defaultValue = "fi") String lang,
			@RequestParam(defaultValue = "10") int limit) {
		checkQuery(q, limit);
		return taxonomy.searchSkills(q, language(lang), limit).stream().map(MatchJson::of).toList();
	}

	@GetMapping("/occupations")
	List<MatchJson> occupations(@RequestParam String q, @RequestParam(defaultValue = "fi") String lang,
			@RequestParam(defaultValue = "10") int limit) {
		checkQuery(q, limit);
		return taxonomy.searchOccupations(q, language(lang), limit).stream().map(MatchJson::of).toList();
	}

	@GetMapping("/skills/{id}")
	DetailsJson skill(@PathVariable String id, @RequestParam(defaultValue = "fi") String lang) {
		return taxonomy.details(id, language(lang))
			.filter(details -> !details.kind().isOccupation())
			.map(DetailsJson::of)
			.orElseThrow(() -> new NotFoundException("skill " + id));
	}

	@GetMapping("/occupations/{id}")
	DetailsJson occupation(@PathVariable String id, @RequestParam(defaultValue = "fi") String lang) {
		return taxonomy.details(id, language(lang))
			.filter(details -> details.kind().isOccupation())
			.map(DetailsJson::of)
			.orElseThrow(() -> new NotFoundException("occupation " + id));
	}

	private static Language language(String code) {
		return Language.fromCode(code)
			.orElseThrow(() -> new InvalidInputException("lang", "validation.language", code));
	}

	private static void checkQuery(String q, int limit) {
		if (q.isBlank()) {
			throw new InvalidInputException("q", "validation.required");
		}
		if (q.length() > TaxonomyManagement.MAX_QUERY) {
			throw new InvalidInputException("q", "validation.tooLong", TaxonomyManagement.MAX_QUERY);
		}
		if (limit < 1 || limit > TaxonomyManagement.MAX_LIMIT) {
			throw new InvalidInputException("limit", "validation.range", 1, TaxonomyManagement.MAX_LIMIT);
		}
	}

	/**
	 * A search result.
	 *
	 * @param id the concept's key for {@code /api/v1/skills/{id}}
	 * @param uri its ESCO URI
	 * @param label its preferred label in the language asked for
	 * @param type its ESCO type
	 * @param matchedLabel the label that matched
	 * @param labelLanguage the language of {@code label}
	 */
	record MatchJson(String id, String uri, String label, String type, String matchedLabel, String labelLanguage) {

		static MatchJson of(ConceptMatch match) {
			return new MatchJson(match.id(), match.uri(), match.label().text(), match.kind().escoName(),
					match.matchedLabel(), match.label().language().code());
		}

	}

}
