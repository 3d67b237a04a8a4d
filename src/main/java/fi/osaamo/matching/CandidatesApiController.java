package fi.osaamo.matching;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fi.osaamo.identity.PersonPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The API's ranking of the people who share their skills with a job task's company. */
@RestController
@Tag(name = "Matching")
class CandidatesApiController {

	private final Candidates candidates;

	private final GapAnalysis gaps;

	CandidatesApiController(Candidates candidates, GapAnalysis gaps) {
		this.candidates = candidates;
		this.gaps = gaps;
	}

	@GetMapping("/api/v1/matching/jobs/{id}/candidates")
	@Operation(summary = "For the task's HR specialists: the people who share their skills with the company, "
			+ "best match first, by pseudonym, each explained. Every call is logged.")
	List<CandidateJson> candidates(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id,
			@RequestParam(defaultValue = "20") int limit, Locale locale) {
		return candidates.forTask(user.personId(), id, MatchingApiController.limit(limit), locale)
			.candidates()
			.stream()
			.map(candidate -> new CandidateJson(candidate.person().value(), candidate.pseudonym(),
					candidate.gap().score(),
					ExplanationJson.of(candidate.gap(),
							gaps.words(candidate.gap(), GapExplainer.Voice.OTHERS, locale))))
			.toList();
	}

	/**
	 * A person who shares their skills with the company, and how well they match.
	 *
	 * @param person the person's id
	 * @param pseudonym the person's pseudonym
	 * @param score 0–100
	 * @param explanation what the score is made of
	 */
	record CandidateJson(UUID person, String pseudonym, int score, ExplanationJson explanation) {
	}

}
