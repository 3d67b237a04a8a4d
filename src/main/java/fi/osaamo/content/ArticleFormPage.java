package fi.osaamo.content;

import java.util.List;
import java.util.UUID;

import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;

/**
 * The page that writes or changes an article.
 *
 * @param form the fields
 * @param action where the form posts
 * @param article the article being changed, or none for a new one (which gets images once
 * saved)
 * @param audiences whom the writer may write for
 * @param categories the categories
 * @param images the images uploaded with the article
 * @param imageAlt the alt text typed for an image being uploaded
 * @param error what was wrong with the last save or upload
 */
public record ArticleFormPage(ArticleForm form, String action, @Nullable UUID article, List<Audience> audiences,
		List<Category> categories, List<ArticleImage> images, String imageAlt, @Nullable InvalidInputException error) {

	public boolean errorOn(String field) {
		return error != null && error.on(field).isPresent();
	}

	/**
	 * What describes a field: its hint, and its problem when it has one.
	 * @param field the field
	 * @param hint the id of its hint, or none
	 * @return the ids for {@code aria-describedby}, or none
	 */
	public @Nullable String describedBy(String field, @Nullable String hint) {
		var problem = errorOn(field) ? field + "-error" : null;
		if (hint == null) {
			return problem;
		}
		return problem == null ? hint : hint + " " + problem;
	}

	public Language[] languages() {
		return Language.values();
	}

	public String field(Language language, String part) {
		return language.code() + part;
	}

	public int maxImageMegabytes() {
		return UploadedImage.MAX_MEGABYTES;
	}

	public int maxImageSide() {
		return UploadedImage.MAX_SIDE;
	}

}
