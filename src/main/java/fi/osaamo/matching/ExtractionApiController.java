package fi.osaamo.matching;

import java.util.List;
import java.util.Locale;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.matching.engine.SkillExtractor;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Matching")
class ExtractionApiController {

	static final int MAX_TEXT = 20_000;

	private final MatchingEngine engine;

	private final AiRegister register;

	private final UseLog useLog;

	ExtractionApiController(MatchingEngine engine, AiRegister register, UseLog useLog) {
		this.register = register;
		this.useLog = useLog;
		this.engine = engine;
	}

	@PostMapping("/api/v1/skills/extract")
	@Operation(summary = "Proposes ESCO skills named in a text (fi, sv or en) with the matched phrase and its "
			+ "position, labelled in the caller's language. The text's language is told from the text unless "
			+ "given. Nothing is stored; a person confirms the proposals.")
	List<SkillExtractor.Match> extract(@AuthenticationPrincipal PersonPrincipal user,
			@RequestBody ExtractRequest request, Locale locale) {
		register.require(AutomatedFeature.SKILL_EXTRACTION);
		var text = checked(request.text());
		var extractor = engine.extractor();
		var language = language(request, extractor, text, locale);
		var matches = extractor.extract(text, language, Language.of(locale).code());
		useLog.record(UseLog.EXTRACTION, user.personId(), null, "text",
				matches.stream().map(match -> java.util.Map.<String, Object>of("skill", match.uri())).toList());
		return matches;
	}

	private static String checked(@Nullable String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("text", "validation.required");
		}
		if (text.length() > MAX_TEXT) {
			throw new InvalidInputException("text", "validation.tooLong", MAX_TEXT);
		}
		return text;
	}

	// The text's own language, not the reader's: a Finnish description read in English.
	private static String language(ExtractRequest request, SkillExtractor extractor, String text, Locale locale) {
		return request.lang() == null ? extractor.language(text, Language.of(locale).code())
				: Language.fromCode(request.lang())
					.orElseThrow(() -> new InvalidInputException("lang", "validation.language", request.lang()))
					.code();
	}

	/**
	 * A text to look for skills in.
	 *
	 * @param text the text, at most 20,000 characters
	 * @param lang its language: fi, sv or en; told from the text by default
	 */
	record ExtractRequest(@Nullable String text, @Nullable String lang) {
	}

}
