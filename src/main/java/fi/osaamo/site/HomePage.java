package fi.osaamo.site;

import java.util.List;

import fi.osaamo.content.ArticleSummary;
import fi.osaamo.content.Category;
import org.jspecify.annotations.Nullable;

/**
 * The front page.
 *
 * @param hasMapping whether the visitor has started their competence mapping; none when
 * signed out
 * @param articles the newest instruction articles
 * @param categories the article categories
 */
public record HomePage(@Nullable Boolean hasMapping, List<ArticleSummary> articles, List<Category> categories) {

	public boolean signedIn() {
		return hasMapping != null;
	}

}
