package fi.osaamo.content;

import java.util.List;

import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;

/**
 * A writer's articles, drafts included, and for platform administrators the categories.
 *
 * @param articles the articles the writer may edit
 * @param categories the categories
 * @param manageCategories whether the writer may add categories
 * @param categoryForm the new category's fields, as last submitted
 * @param error what was wrong with the last category
 * @param language the writer's language
 */
public record ManagePage(List<ArticleSummary> articles, List<Category> categories, boolean manageCategories,
		CategoryForm categoryForm, @Nullable InvalidInputException error, Language language) {

	public boolean errorOn(String field) {
		return error != null && error.field().equals(field);
	}

}
