package fi.osaamo.content;

import java.time.Instant;
import java.util.UUID;

import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;

/**
 * An article as lists show it, in the reader's language where it is written in it.
 *
 * @param id the article
 * @param language the language of the title and summary
 * @param title the title
 * @param summary the short description
 * @param byline the author
 * @param category the category
 * @param publishedAt when it was published, or none for a draft
 * @param regionWide whether it is for the whole region rather than one organisation
 */
public record ArticleSummary(UUID id, Language language, String title, String summary, String byline, Category category,
		@Nullable Instant publishedAt, boolean regionWide) {
}
