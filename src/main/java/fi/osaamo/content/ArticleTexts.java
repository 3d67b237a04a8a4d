package fi.osaamo.content;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;

/**
 * An article's language versions as written, checked and made into HTML: a version left
 * wholly empty is not one, the others need a title, a summary and a body.
 */
final class ArticleTexts {

	static final int MAX_TITLE = 200;

	static final int MAX_SUMMARY = 500;

	static final int MAX_BODY = 40000;

	private ArticleTexts() {
	}

	/**
	 * The language versions worth keeping, each with its HTML.
	 * @param drafts the versions as written
	 * @param images the images the bodies may show
	 * @param problems where each field's problem goes
	 * @return the versions, by language
	 */
	static LinkedHashMap<Language, ArticleText> check(Map<Language, ArticleDraft.Text> drafts, ImageLinks images,
			FormProblems problems) {
		var texts = new LinkedHashMap<Language, ArticleText>();
		for (var language : Language.values()) {
			put(texts, language, drafts.get(language), images, problems);
		}
		checkAnyWritten(drafts, problems);
		return texts;
	}

	private static void put(Map<Language, ArticleText> texts, Language language, ArticleDraft.@Nullable Text draft,
			ImageLinks images, FormProblems problems) {
		if (written(draft)) {
			var text = problems.read(() -> text(language, draft, images));
			if (text != null) {
				texts.put(language, text);
			}
		}
	}

	private static boolean written(ArticleDraft.@Nullable Text draft) {
		return !(draft == null || (draft.title().isBlank() && draft.summary().isBlank() && draft.markdown().isBlank()));
	}

	private static void checkAnyWritten(Map<Language, ArticleDraft.Text> drafts, FormProblems problems) {
		if (Arrays.stream(Language.values()).map(drafts::get).noneMatch(ArticleTexts::written)) {
			problems.check(() -> {
				throw new InvalidInputException("texts", "validation.articleLanguage");
			});
		}
	}

	private static ArticleText text(Language language, ArticleDraft.Text draft, ImageLinks images) {
		var prefix = language.name().toLowerCase(Locale.ROOT);
		var title = draft.title().strip();
		var summary = draft.summary().strip();
		var markdown = draft.markdown().strip();
		var fieldProblems = new FormProblems();
		checkFields(fieldProblems, prefix, title, summary, markdown);
		var html = fieldProblems.read(() -> Markdown.toHtml(markdown, images, prefix + "Body"));
		fieldProblems.throwIfAny();
		return new ArticleText(language, title, summary, markdown, html);
	}

	private static void checkFields(FormProblems problems, String prefix, String title, String summary,
			String markdown) {
		problems.check(() -> required(prefix + "Title", title, MAX_TITLE));
		problems.check(() -> required(prefix + "Summary", summary, MAX_SUMMARY));
		problems.check(() -> required(prefix + "Body", markdown, MAX_BODY));
	}

	static void required(String field, String value, int max) {
		if (value.isEmpty()) {
			throw new InvalidInputException(field, "validation.required");
		}
		if (value.length() > max) {
			throw new InvalidInputException(field, "validation.tooLong", max);
		}
	}

}
