package fi.osaamo.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.NotFoundException;
import fi.osaamo.platform.Notice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member's saved filters of the company list: the list's filters under a name, and
 * their removal. Only filters the list accepts are saved, in the list's own form.
 */
@Controller
@PreAuthorize("hasAnyRole('GROWTH_TEAM', 'PLATFORM_ADMIN')")
class SavedFiltersController {

	private final CompanyList list;

	private final CompanyListFilter listFilter;

	private final SavedFilters savedFilters;

	private final Teams teams;

	SavedFiltersController(CompanyList list, CompanyListFilter listFilter, SavedFilters savedFilters, Teams teams) {
		this.list = list;
		this.listFilter = listFilter;
		this.savedFilters = savedFilters;
		this.teams = teams;
	}

	@PostMapping("/dashboard/companies/filters")
	String save(@ModelAttribute CompanyFilters filters, @RequestParam(defaultValue = "") String filterName,
			@AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model, RedirectAttributes redirect) {
		try {
			listFilter.search(filters, teams.teamOf(user.personId()).orElse(null), user.personId());
			var name = savedFilters.save(user.personId(), filterName, filters);
			return Notice.redirect(redirect, filters.link(), "dashboard.filters.notice.saved", name);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", list.page(filters, 0, user.personId(), Language.of(locale),
					new CompanyList.Typed("filter", ex, filterName, List.of(), "")));
			return "dashboard/companies";
		}
	}

	@PostMapping("/dashboard/companies/filters/{id}/remove")
	String remove(@PathVariable UUID id, @AuthenticationPrincipal PersonPrincipal user, RedirectAttributes redirect) {
		var name = savedFilters.remove(user.personId(), id);
		if (name == null) {
			throw new NotFoundException("saved filter " + id);
		}
		return Notice.redirect(redirect, "/dashboard/companies", "dashboard.filters.notice.removed", name);
	}

}
