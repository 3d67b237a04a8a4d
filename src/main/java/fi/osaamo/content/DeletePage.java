package fi.osaamo.content;

/**
 * The confirmation before an article is deleted.
 *
 * @param article the article
 * @param title its title in the writer's language
 */
public record DeletePage(Article article, String title) {
}
