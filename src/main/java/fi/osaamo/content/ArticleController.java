package fi.osaamo.content;

import java.util.Locale;
import java.util.UUID;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Readers' pages of the instruction articles: the list by category and words, and an
 * article.
 */
@Controller
class ArticleController {

	static final int PAGE_SIZE = 10;

	private final ArticleManagement articles;

	ArticleController(ArticleManagement articles) {
		this.articles = articles;
	}

	@GetMapping("/content")
	String list(@AuthenticationPrincipal @Nullable PersonPrincipal user,
			@RequestParam(required = false) @Nullable String category, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		var language = Language.of(locale);
		var chosen = category == null || category.isBlank() ? null : articles.category(category).orElse(null);
		var query = q.length() > 200 ? q.substring(0, 200) : q;
		var reader = user == null ? null : user.personId();
		var result = articles.list(reader, language, chosen == null ? null : chosen.slug(), query, page, PAGE_SIZE);
		model.addAttribute("page", new ArticleListPage(result, articles.categories(), chosen, query,
				reader != null && articles.mayWrite(reader), language));
		return "content/list";
	}

	@GetMapping("/content/articles/{id:[0-9a-f-]{36}}")
	String show(@AuthenticationPrincipal @Nullable PersonPrincipal user, @PathVariable UUID id, Locale locale,
			Model model) {
		var reader = user == null ? null : user.personId();
		var article = articles.find(id, reader).orElseThrow(() -> new NotFoundException("article " + id));
		var language = Language.of(locale);
		var mayEdit = reader != null && articles.audiences(reader)
			.stream()
			.anyMatch(audience -> java.util.Objects.equals(audience.organisation(), article.organisation()));
		model.addAttribute("page", new ArticlePageModel(article, article.text(language), mayEdit, language));
		return "content/article";
	}

}
