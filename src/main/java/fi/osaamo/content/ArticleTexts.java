package fi.osaamo.content;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;

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
		var written = false;
		for (var language : Language.values()) {
			var draft = drafts.get(language);
			if (draft == null || (draft.title().isBlank() && draft.summary().isBlank() && draft.markdown().isBlank())) {
				continue;
			}
			written = true;
			var text = problems.read(() -> text(language, draft, images));
			if (text != null) {
				texts.put(language, text);
			}
		}
		if (!written) {
			problems.check(() -> {
				throw new InvalidInputException("texts", "validation.articleLanguage");
			});
		}
		return texts;
	}

	private static ArticleText text(Language language, ArticleDraft.Text draft, ImageLinks images) {
		var prefix = language.name().toLowerCase(Locale.ROOT);
		var title = draft.title().strip();
		var summary = draft.summary().strip();
		var markdown = draft.markdown().strip();
		var fieldProblems = new FormProblems();
		fieldProblems.check(() -> required(prefix + "Title", title, MAX_TITLE));
		fieldProblems.check(() -> required(prefix + "Summary", summary, MAX_SUMMARY));
		fieldProblems.check(() -> required(prefix + "Body", markdown, MAX_BODY));
		var html = fieldProblems.read(() -> Markdown.toHtml(markdown, images, prefix + "Body"));
		fieldProblems.throwIfAny();
		return new ArticleText(language, title, summary, markdown, html);
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
