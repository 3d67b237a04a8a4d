package fi.osaamo.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fi.osaamo.companies.AccountPortfolio;
import fi.osaamo.companies.CompanyRef;
import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.companies.CompanyRegister;
import fi.osaamo.companies.RegisteredCompany;
import fi.osaamo.organisation.Member;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.Notice;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One account manager named for the companies chosen on the list, after the member
 * confirms it; the list then says how many companies changed.
 */
@Controller
@PreAuthorize("hasRole('GROWTH_TEAM')")
class ManagerAssignmentController {

	static final int MAX_COMPANIES = 100;

	private final CompanyList list;

	private final CompanyRegister registry;

	private final Teams teams;

	private final AccountPortfolio portfolio;

	ManagerAssignmentController(CompanyList list, CompanyRegister registry, Teams teams, AccountPortfolio portfolio) {
		this.list = list;
		this.registry = registry;
		this.teams = teams;
		this.portfolio = portfolio;
	}

	@PostMapping("/dashboard/companies/manager")
	String assign(@ModelAttribute CompanyFilters filters, @RequestParam(defaultValue = "0") int page,
			@RequestParam(name = "companies", required = false) @Nullable List<String> chosen,
			@RequestParam(name = "assignManager", defaultValue = "") String manager,
			@RequestParam(defaultValue = "false") boolean confirm, @AuthenticationPrincipal PersonPrincipal user,
			Locale locale, Model model, RedirectAttributes redirect) {
		var team = teams.teamOf(user.personId())
			.orElseThrow(() -> new AccessDeniedException("Account management belongs to a growth team"));
		var businessIds = chosen == null ? List.<String>of() : chosen.stream().distinct().toList();
		var problems = new FormProblems();
		var companies = problems.read(() -> companies(businessIds));
		var member = problems.read(() -> member(manager, teams.members(team.id())));
		try {
			problems.throwIfAny();
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", list.page(filters, page, user.personId(), Language.of(locale),
					new CompanyList.Typed("assign", ex, "", businessIds, manager)));
			return "dashboard/companies";
		}
		if (!confirm) {
			model.addAttribute("page", new AssignManagerPage(filters, page, companies, manager, nameOf(member)));
			return "dashboard/confirmAssignment";
		}
		return assigned(team.id(), companies, member, filters, page, redirect);
	}

	/** Gives the companies their manager and says so on the list the user came from. */
	private String assigned(OrganisationId team, List<RegisteredCompany> companies, @Nullable Member member,
			CompanyFilters filters, int page, RedirectAttributes redirect) {
		var changed = portfolio.assignManager(team, companies.stream().map(ManagerAssignmentController::ref).toList(),
				member == null ? null : member.personId());
		var key = (member == null ? "dashboard.assign.cleared." : "dashboard.assign.named.")
				+ (changed == 0 ? "none" : changed == 1 ? "one" : "many");
		var back = filters.link() + (page > 0 ? (filters.query().isEmpty() ? "?" : "&") + "page=" + page : "");
		return Notice.redirect(redirect, back, key, changed, nameOf(member));
	}

	private static String nameOf(@Nullable Member member) {
		return member == null ? "" : member.name();
	}

	private List<RegisteredCompany> companies(List<String> businessIds) {
		if (businessIds.isEmpty()) {
			throw new InvalidInputException("companies", "dashboard.assign.chooseCompanies");
		}
		if (businessIds.size() > MAX_COMPANIES) {
			throw new InvalidInputException("companies", "dashboard.assign.tooMany", MAX_COMPANIES);
		}
		var companies = new ArrayList<RegisteredCompany>();
		for (var businessId : businessIds) {
			companies.add(registry.find(businessId)
				.orElseThrow(() -> new InvalidInputException("companies", "dashboard.assign.unknownCompany")));
		}
		return companies;
	}

	/**
	 * The team member chosen, or {@code null} for no account manager.
	 */
	private static @Nullable Member member(String manager, List<Member> members) {
		if (manager.isBlank()) {
			throw new InvalidInputException("assignManager", "validation.choose");
		}
		if (manager.equals("none")) {
			return null;
		}
		try {
			var id = new PersonId(UUID.fromString(manager));
			return members.stream()
				.filter(member -> member.personId().equals(id))
				.findFirst()
				.orElseThrow(() -> new InvalidInputException("assignManager", "companies.manager.notInTeam"));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("assignManager", "validation.choice", manager);
		}
	}

	private static CompanyRef ref(RegisteredCompany company) {
		return new CompanyRef(company.businessId(), company.name(), company.industryCode());
	}

}
