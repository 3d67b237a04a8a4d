package fi.osaamo.competence;

import java.util.Locale;
import java.util.UUID;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.NotFoundException;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The HR specialist's view of the mappings shared with their company. A mapping that is
 * not shared with the company (or no longer) does not exist for them: 404.
 */
@Controller
class SharedMappingController {

	private final SharingManagement sharing;

	private final OrganisationManagement organisations;

	private final TaxonomyManagement taxonomy;

	private final DialogueManagement dialogues;

	private final CompetenceOverviews overviews;

	private final SharedMappingPages pages;

	SharedMappingController(SharingManagement sharing, OrganisationManagement organisations,
			TaxonomyManagement taxonomy, DialogueManagement dialogues, CompetenceOverviews overviews,
			SharedMappingPages pages) {
		this.pages = pages;
		this.overviews = overviews;
		this.dialogues = dialogues;
		this.sharing = sharing;
		this.organisations = organisations;
		this.taxonomy = taxonomy;
	}

	@GetMapping("/competence/shared")
	String list(@AuthenticationPrincipal PersonPrincipal user,
			@RequestParam(required = false) @Nullable UUID organisation, Model model) {
		var companies = hrCompanies(user);
		var chosen = chosen(companies, organisation);
		model.addAttribute("page", new SharedListPage(chosen, companies, sharing.sharedWith(chosen.organisationId()),
				dialogues.followUps(chosen.organisationId(), user.personId())));
		return "competence/shared";
	}

	@GetMapping("/competence/shared/overview")
	String overview(@AuthenticationPrincipal PersonPrincipal user,
			@RequestParam(required = false) @Nullable UUID organisation, Locale locale, Model model) {
		var companies = hrCompanies(user);
		var chosen = chosen(companies, organisation);
		var overview = overviews.forHr(chosen.organisationId(), user.personId());
		var labels = taxonomy.byUris(overview.rows().stream().map(CompetenceOverview.Row::skillUri).toList(),
				Language.of(locale));
		model.addAttribute("page", new OverviewPage(chosen, companies, overview, labels));
		return "competence/overview";
	}

	@GetMapping("/competence/shared/{organisation}/{person}")
	String show(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID organisation,
			@PathVariable UUID person, Locale locale, Model model) {
		model.addAttribute("page", pages.page(user, organisation, person, DialogueForm.empty(), null, locale));
		return "competence/sharedPerson";
	}

	private java.util.List<fi.osaamo.organisation.Membership> hrCompanies(PersonPrincipal user) {
		return organisations.membershipsOf(user.personId())
			.stream()
			.filter(membership -> membership.role() == Role.HR
					&& membership.organisationType() == OrganisationType.COMPANY)
			.toList();
	}

	private static fi.osaamo.organisation.Membership chosen(java.util.List<fi.osaamo.organisation.Membership> companies,
			@Nullable UUID organisation) {
		return companies.stream()
			.filter(company -> organisation == null || company.organisationId().value().equals(organisation))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("organisation"));
	}

}
