package fi.osaamo.content;

import fi.osaamo.platform.Language;

/**
 * One article as a reader sees it.
 *
 * @param article the article
 * @param text the language version shown
 * @param mayEdit whether the reader may edit it
 * @param language the reader's language
 */
public record ArticlePageModel(Article article, ArticleText text, boolean mayEdit, Language language) {

	public boolean otherLanguage() {
		return text.language() != language;
	}

}
