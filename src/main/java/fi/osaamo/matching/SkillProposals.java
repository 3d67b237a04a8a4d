package fi.osaamo.matching;

import java.util.List;

import fi.osaamo.platform.Language;
import org.springframework.stereotype.Service;

/**
 * Skill extraction for other modules: the ESCO skills a text names, as proposals a person
 * confirms. Nothing is proposed while the feature is switched off in the AI register.
 */
@Service
public class SkillProposals {

	private final MatchingEngine engine;

	private final AiRegister register;

	SkillProposals(MatchingEngine engine, AiRegister register) {
		this.engine = engine;
		this.register = register;
	}

	/**
	 * The skills a text names.
	 * @param text the text
	 * @param language the language it is said to be in; the text's own words decide
	 * @return ESCO skill URIs, each once, in the order they first appear
	 */
	public List<String> propose(String text, Language language) {
		if (text.isBlank() || !register.isEnabled(AutomatedFeature.SKILL_EXTRACTION)) {
			return List.of();
		}
		var limited = limited(text);
		var extractor = engine.extractor();
		return extractor.extract(limited, extractor.language(limited, language.code()), language.code())
			.stream()
			.map(match -> match.uri())
			.distinct()
			.toList();
	}

	private static String limited(String text) {
		return text.length() > ExtractionApiController.MAX_TEXT ? text.substring(0, ExtractionApiController.MAX_TEXT)
				: text;
	}

}
