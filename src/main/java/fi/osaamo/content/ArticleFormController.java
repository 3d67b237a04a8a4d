package fi.osaamo.content;

import java.util.UUID;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.StaleVersionException;
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
 * Writers write a new article or edit one on the article form.
 */
@Controller
class ArticleFormController {

	private final ArticleManagement articles;

	private final OrganisationManagement organisations;

	private final ArticleFormPages formPages;

	private final ArticlePolicy policy;

	ArticleFormController(ArticleManagement articles, OrganisationManagement organisations, ArticleFormPages formPages,
			ArticlePolicy policy) {
		this.articles = articles;
		this.organisations = organisations;
		this.formPages = formPages;
		this.policy = policy;
	}

	@GetMapping("/content/articles/new")
	@PreAuthorize("isAuthenticated()")
	String newArticle(@AuthenticationPrincipal PersonPrincipal user, Model model) {
		var first = policy.requireWriter(user.personId()).get(0);
		var form = ArticleForm.empty(byline(user, first), first);
		model.addAttribute("page", formPages.page(user.personId(), form, null, null, ""));
		return "content/form";
	}

	/** The byline a new article starts with: the audience's name, or the region's. */
	private String byline(PersonPrincipal user, Audience audience) {
		return audience.name() != null ? audience.name()
				: organisations.membershipsOf(user.personId())
					.stream()
					.filter(membership -> membership.isPlatformAdmin())
					.map(membership -> membership.organisationName())
					.findFirst()
					.orElse("");
	}

	@PostMapping("/content/articles")
	@PreAuthorize("isAuthenticated()")
	String create(@AuthenticationPrincipal PersonPrincipal user, @ModelAttribute ArticleForm form, Model model) {
		policy.requireWriter(user.personId());
		try {
			var id = articles.create(user.personId(), ArticleForms.draft(form));
			return "redirect:/content/articles/" + id + "?saved";
		}
		catch (InvalidInputException ex) {
			return refused(user, form, null, ex, model);
		}
	}

	@GetMapping("/content/articles/{id}/edit")
	@PreAuthorize("isAuthenticated()")
	String edit(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id, Model model) {
		var article = articles.requireEditable(id, user.personId());
		// After an image was uploaded or removed, the form shows what was typed, saved or
		// not.
		var form = model.getAttribute(ArticleImageController.TYPED) instanceof ArticleForm typed ? typed
				: ArticleForms.of(article);
		model.addAttribute("page", formPages.page(user.personId(), form, id, null, ""));
		return "content/form";
	}

	@PostMapping("/content/articles/{id}")
	@PreAuthorize("isAuthenticated()")
	String update(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id,
			@ModelAttribute ArticleForm form, Model model) {
		var current = articles.requireEditable(id, user.personId());
		try {
			articles.update(user.personId(), id, ArticleForms.draft(form), form.versionValue());
			return "redirect:/content/articles/" + id + "?saved";
		}
		catch (InvalidInputException ex) {
			var kept = ex instanceof StaleVersionException ? form.withVersion(current.version()) : form;
			return refused(user, kept, id, ex, model);
		}
	}

	private String refused(PersonPrincipal user, ArticleForm form, @Nullable UUID id, InvalidInputException ex,
			Model model) {
		model.addAttribute("page", formPages.page(user.personId(), form, id, ex, ""));
		return "content/form";
	}

}
