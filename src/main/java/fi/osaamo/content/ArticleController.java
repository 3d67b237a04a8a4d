package fi.osaamo.content;

import java.util.Locale;
import java.util.UUID;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.StaleVersionException;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ArticleController {

	static final int PAGE_SIZE = 10;

	private final ArticleManagement articles;

	private final OrganisationManagement organisations;

	private final ArticleFormPages formPages;

	ArticleController(ArticleManagement articles, OrganisationManagement organisations, ArticleFormPages formPages) {
		this.articles = articles;
		this.organisations = organisations;
		this.formPages = formPages;
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

	@GetMapping("/content/manage")
	@PreAuthorize("isAuthenticated()")
	String manage(@AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		requireWriter(user);
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

	@GetMapping("/content/articles/new")
	@PreAuthorize("isAuthenticated()")
	String newArticle(@AuthenticationPrincipal PersonPrincipal user, Model model) {
		var audiences = requireWriter(user);
		var first = audiences.get(0);
		var byline = first.name() != null ? first.name()
				: organisations.membershipsOf(user.personId())
					.stream()
					.filter(membership -> membership.isPlatformAdmin())
					.map(membership -> membership.organisationName())
					.findFirst()
					.orElse("");
		model.addAttribute("page", formPages.page(user.personId(), ArticleForm.empty(byline, first), null, null, ""));
		return "content/form";
	}

	@PostMapping("/content/articles")
	@PreAuthorize("isAuthenticated()")
	String create(@AuthenticationPrincipal PersonPrincipal user, @ModelAttribute ArticleForm form, Model model) {
		requireWriter(user);
		try {
			var id = articles.create(user.personId(), form.toDraft());
			return "redirect:/content/articles/" + id + "?saved";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", formPages.page(user.personId(), form, null, ex, ""));
			return "content/form";
		}
	}

	@GetMapping("/content/articles/{id}/edit")
	@PreAuthorize("isAuthenticated()")
	String edit(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id, Model model) {
		var article = articles.requireEditable(id, user.personId());
		// After an image was uploaded or removed, the form shows what was typed, saved or
		// not.
		var form = model.getAttribute(ArticleImageController.TYPED) instanceof ArticleForm typed ? typed
				: ArticleForm.of(article);
		model.addAttribute("page", formPages.page(user.personId(), form, id, null, ""));
		return "content/form";
	}

	@PostMapping("/content/articles/{id}")
	@PreAuthorize("isAuthenticated()")
	String update(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id,
			@ModelAttribute ArticleForm form, Model model) {
		var current = articles.requireEditable(id, user.personId());
		try {
			articles.update(user.personId(), id, form.toDraft(), form.versionValue());
			return "redirect:/content/articles/" + id + "?saved";
		}
		catch (InvalidInputException ex) {
			var kept = ex instanceof StaleVersionException ? form.withVersion(current.version()) : form;
			model.addAttribute("page", formPages.page(user.personId(), kept, id, ex, ""));
			return "content/form";
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

	private java.util.List<Audience> requireWriter(PersonPrincipal user) {
		var audiences = articles.audiences(user.personId());
		if (audiences.isEmpty()) {
			throw new AccessDeniedException("not a writer");
		}
		return audiences;
	}

	private ManagePage managePage(PersonPrincipal user, CategoryForm form, @Nullable InvalidInputException error,
			Locale locale) {
		var language = Language.of(locale);
		return new ManagePage(articles.editable(user.personId(), language), articles.categories(),
				organisations.isPlatformAdmin(user.personId()), form, error, language);
	}

}
