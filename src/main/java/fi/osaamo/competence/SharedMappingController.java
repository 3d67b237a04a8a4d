package fi.osaamo.competence;

import java.util.HashSet;
import java.util.Locale;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.NotFoundException;
import fi.osaamo.platform.Notice;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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

	SharedMappingController(SharingManagement sharing, OrganisationManagement organisations,
			TaxonomyManagement taxonomy, DialogueManagement dialogues, CompetenceOverviews overviews) {
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
		model.addAttribute("page", page(user, organisation, person, DialogueForm.empty(), null, locale));
		return "competence/sharedPerson";
	}

	/**
	 * HR records a development dialogue; a refused one comes back with every field as
	 * typed.
	 */
	@PostMapping("/competence/shared/{organisation}/{person}/dialogues")
	String record(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID organisation,
			@PathVariable UUID person, @ModelAttribute DialogueForm form, Locale locale, Model model,
			RedirectAttributes redirect) {
		try {
			var problems = new FormProblems();
			var heldOn = problems.read(form::heldOnDate);
			var followUpOn = problems.read(form::followUpDate);
			problems.throwIfAny();
			dialogues.record(user.personId(), new OrganisationId(organisation), new PersonId(person), heldOn,
					form.agreed(), form.nextSteps(), followUpOn, form.planItems());
			return Notice.redirect(redirect, "/competence/shared/" + organisation + "/" + person + "#dialogues-heading",
					"dialogue.notice.recorded");
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", page(user, organisation, person, form, ex, locale));
			return "competence/sharedPerson";
		}
	}

	private SharedMappingPage page(PersonPrincipal user, UUID organisation, UUID person, DialogueForm form,
			@Nullable InvalidInputException error, Locale locale) {
		var company = new OrganisationId(organisation);
		if (!organisations.hasRole(user.personId(), company, Role.HR)) {
			throw new NotFoundException("shared mapping");
		}
		var mapping = sharing.view(company, new PersonId(person), user.personId())
			.orElseThrow(() -> new NotFoundException("shared mapping"));
		var uris = new HashSet<String>();
		mapping.skills().forEach(skill -> uris.add(skill.skillUri()));
		mapping.strengths().forEach(skill -> uris.add(skill.skillUri()));
		mapping.targets().forEach(target -> uris.add(target.skillUri()));
		return new SharedMappingPage(company, mapping, taxonomy.byUris(uris, Language.of(locale)),
				dialogues.dialogues(new PersonId(person), user.personId()), form, error);
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
