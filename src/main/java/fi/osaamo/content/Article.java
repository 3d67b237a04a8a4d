package fi.osaamo.content;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;

/**
 * An instruction article in all the languages it is written in.
 *
 * @param id the article
 * @param organisation the organisation whose members read it, or none for the whole
 * region
 * @param category its category
 * @param byline the author as shown to readers
 * @param publishedAt when it was published, or none for a draft
 * @param updatedAt when it last changed
 * @param version its version, for optimistic locking
 * @param texts its language versions
 */
public record Article(UUID id, @Nullable OrganisationId organisation, Category category, String byline,
		@Nullable Instant publishedAt, Instant updatedAt, int version, Map<Language, ArticleText> texts) {

	public boolean published() {
		return publishedAt != null;
	}

	/**
	 * The text in the reader's language, or else in Finnish, Swedish or English.
	 * @param preferred the reader's language
	 * @return the text
	 */
	public ArticleText text(Language preferred) {
		var text = texts.get(preferred);
		if (text != null) {
			return text;
		}
		for (var language : Language.values()) {
			if (texts.containsKey(language)) {
				return texts.get(language);
			}
		}
		throw new IllegalStateException("article " + id + " has no text");
	}

}
