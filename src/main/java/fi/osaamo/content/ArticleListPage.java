package fi.osaamo.content;

import java.util.List;

import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The article list: by category and words.
 *
 * @param articles the page of articles
 * @param categories all categories
 * @param category the chosen category, if any
 * @param query the words searched for
 * @param mayWrite whether the reader may write articles
 * @param language the reader's language
 */
public record ArticleListPage(ArticlePage articles, List<Category> categories, @Nullable Category category,
		String query, boolean mayWrite, Language language) {

	public String link(int page) {
		return UriComponentsBuilder.fromPath("/content")
			.queryParamIfPresent("category", java.util.Optional.ofNullable(category).map(Category::slug))
			.queryParamIfPresent("q", java.util.Optional.of(query).filter(q -> !q.isBlank()))
			.queryParam("page", page)
			.encode()
			.build()
			.toUriString();
	}

}
