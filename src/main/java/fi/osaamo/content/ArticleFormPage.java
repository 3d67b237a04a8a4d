package fi.osaamo.content;

import java.util.List;

import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;

/**
 * The page that writes or changes an article.
 *
 * @param form the fields
 * @param action where the form posts
 * @param audiences whom the writer may write for
 * @param categories the categories
 * @param error what was wrong with the last save
 */
public record ArticleFormPage(ArticleForm form, String action, List<Audience> audiences, List<Category> categories,
		@Nullable InvalidInputException error) {

	public boolean errorOn(String field) {
		return error != null && error.field().equals(field);
	}

	public Language[] languages() {
		return Language.values();
	}

	public String field(Language language, String part) {
		return language.code() + part;
	}

}
