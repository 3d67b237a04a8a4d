package fi.osaamo.content;

import java.util.Locale;
import java.util.UUID;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The writers' page of managing articles: their articles and the categories, which
 * platform administrators add to; and deleting an article.
 */
@Controller
class ArticleManageController {

	private final ArticleManagement articles;

	private final OrganisationManagement organisations;

	private final ArticlePolicy policy;

	ArticleManageController(ArticleManagement articles, OrganisationManagement organisations, ArticlePolicy policy) {
		this.articles = articles;
		this.organisations = organisations;
		this.policy = policy;
	}

	@GetMapping("/content/manage")
	@PreAuthorize("isAuthenticated()")
	String manage(@AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		policy.requireWriter(user.personId());
		model.addAttribute("page", managePage(user, CategoryForm.empty(), null, locale));
		return "content/manage";
	}

	@PostMapping("/content/categories")
	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	String addCategory(@AuthenticationPrincipal PersonPrincipal user, @ModelAttribute CategoryForm form, Locale locale,
			Model model) {
		try {
			articles.createCategory(user.personId(), form.value(form.slug()), form.names());
			return "redirect:/content/manage?categoryAdded";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", managePage(user, form, ex, locale));
			return "content/manage";
		}
	}

	@GetMapping("/content/articles/{id}/delete")
	@PreAuthorize("isAuthenticated()")
	String confirmDelete(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id, Locale locale,
			Model model) {
		var article = articles.requireEditable(id, user.personId());
		model.addAttribute("page", new DeletePage(article, article.text(Language.of(locale)).title()));
		return "content/delete";
	}

	@PostMapping("/content/articles/{id}/delete")
	@PreAuthorize("isAuthenticated()")
	String delete(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id) {
		articles.delete(user.personId(), id);
		return "redirect:/content/manage?deleted";
	}

	private ManagePage managePage(PersonPrincipal user, CategoryForm form, @Nullable InvalidInputException error,
			Locale locale) {
		var language = Language.of(locale);
		return new ManagePage(articles.editable(user.personId(), language), articles.categories(),
				organisations.isPlatformAdmin(user.personId()), form, error, language);
	}

}
