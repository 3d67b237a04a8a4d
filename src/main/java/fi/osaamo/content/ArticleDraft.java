package fi.osaamo.content;

import java.util.Map;
import java.util.UUID;

import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;

/**
 * What a writer submits.
 *
 * @param audience the organisation whose members read it, or none for the whole region
 * @param category the category, or none if none was chosen (which is refused)
 * @param byline the author as shown to readers
 * @param publish whether it is published or kept as a draft
 * @param texts the language versions: title, summary and Markdown body
 */
public record ArticleDraft(@Nullable OrganisationId audience, @Nullable UUID category, String byline, boolean publish,
		Map<Language, Text> texts) {

	/**
	 * One language version as written.
	 *
	 * @param title the title
	 * @param summary the short description
	 * @param markdown the body in Markdown
	 */
	public record Text(String title, String summary, String markdown) {
	}

}
