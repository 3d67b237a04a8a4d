package fi.osaamo.content;

import fi.osaamo.platform.Language;

/**
 * One language version of an article.
 *
 * @param language its language
 * @param title the title
 * @param summary a short description shown in lists
 * @param markdown the body as written
 * @param html the body as sanitised HTML
 */
public record ArticleText(Language language, String title, String summary, String markdown, String html) {
}
