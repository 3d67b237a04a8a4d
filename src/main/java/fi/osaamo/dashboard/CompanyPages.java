package fi.osaamo.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.companies.CompanyRef;
import fi.osaamo.companies.CompanyRegister;
import fi.osaamo.companies.RegisteredCompany;
import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * Assembles a company's page and carries out a change of the team's records from it: the
 * register's company, the team's account panel, and the page again with the refused form
 * beside its errors when a change is refused.
 */
@Component
class CompanyPages {

	private final CompanyRegister registry;

	private final ClassificationManagement classifications;

	private final Teams teams;

	private final AccountPanels panels;

	private final Clock clock;

	private final Favourites favourites;

	private final CompanyActivity activity;

	CompanyPages(CompanyRegister registry, ClassificationManagement classifications, Teams teams, AccountPanels panels,
			Clock clock, Favourites favourites, CompanyActivity activity) {
		this.registry = registry;
		this.classifications = classifications;
		this.teams = teams;
		this.panels = panels;
		this.clock = clock;
		this.favourites = favourites;
		this.activity = activity;
	}

	String change(String businessId, PersonPrincipal user, Locale locale, Model model, String form,
			AccountPanels.Forms forms, Change change) {
		var company = company(businessId);
		var team = teams.teamOf(user.personId())
			.orElseThrow(() -> new AccessDeniedException("Account management belongs to a growth team"));
		try {
			change.apply(team.id(), new CompanyRef(company.businessId(), company.name(), company.industryCode()));
			var anchor = form.startsWith("contact") ? "contacts" : form.equals("manager") || form.equals("size")
					? "account" : form.startsWith("financials") ? "financials-heading" : "needs";
			return "redirect:/dashboard/companies/" + company.businessId() + "?saved=" + form.replaceAll("-.*", "")
					+ "#" + anchor;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", page(company, user.personId(), locale, forms, form, ex, null));
			return "dashboard/company";
		}
	}

	CompanyPage page(RegisteredCompany company, PersonId viewer, Locale locale, AccountPanels.Forms forms,
			@Nullable String failed, @Nullable InvalidInputException error, @Nullable String saved) {
		var language = Language.of(locale);
		var industry = classifications.industry(company.industryCode(), language).map(found -> found.name());
		var municipality = classifications.municipality(company.municipalityCode(), language)
			.map(found -> found.name());
		var panel = teams.teamOf(viewer)
			.map(team -> panels.panel(team, company, viewer, forms, locale, LocalDate.now(clock)))
			.orElse(null);
		return new CompanyPage(company, industry.orElse("–"), municipality.orElse("–"), panel, failed, error, saved,
				favourites.button(viewer, Favourite.Kind.COMPANY, company.businessId(),
						"/dashboard/companies/" + company.businessId()),
				activity.of(company.businessId(), language));
	}

	RegisteredCompany company(String businessId) {
		return registry.find(businessId).orElseThrow(() -> new NotFoundException("company " + businessId));
	}

	/**
	 * The change, after refusing a form whose values could not be read.
	 */
	static Change readable(BindingResult binding, Change change) {
		return (team, company) -> {
			rejectUnreadable(binding);
			change.apply(team, company);
		};
	}

	private static void rejectUnreadable(BindingResult binding) {
		var error = binding.getFieldError();
		if (error != null) {
			throw new InvalidInputException(error.getField(), "validation.unreadable");
		}
	}

	static <T> T requireChoice(@Nullable T value, String field) {
		if (value == null) {
			throw new InvalidInputException(field, "validation.choose");
		}
		return value;
	}

	interface Change {

		void apply(fi.osaamo.organisation.OrganisationId team, CompanyRef company);

	}

}
