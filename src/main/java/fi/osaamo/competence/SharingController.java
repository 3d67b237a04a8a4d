package fi.osaamo.competence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SharingController {

	private final SharingManagement sharing;

	private final CompetenceManagement competence;

	private final Clock clock;

	private final CityTalents talents;

	private final OrganisationManagement organisations;

	SharingController(SharingManagement sharing, CompetenceManagement competence, Clock clock, CityTalents talents,
			OrganisationManagement organisations) {
		this.organisations = organisations;
		this.talents = talents;
		this.sharing = sharing;
		this.competence = competence;
		this.clock = clock;
	}

	@GetMapping("/competence/sharing")
	String sharing(@AuthenticationPrincipal PersonPrincipal user, Model model) {
		model.addAttribute("page", page(user, null));
		return "competence/sharing";
	}

	@PostMapping("/competence/sharing")
	String share(@AuthenticationPrincipal PersonPrincipal user, @RequestParam UUID organisation,
			@RequestParam(required = false) @Nullable List<Section> sections, @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate expiresOn,
			Model model) {
		try {
			sharing.share(user.personId(), new OrganisationId(organisation),
					sections == null || sections.isEmpty() ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(sections),
					expiresOn);
			return "redirect:/competence/sharing?saved";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", page(user, ex));
			return "competence/sharing";
		}
	}

	@PostMapping("/competence/sharing/city")
	String openToCity(@AuthenticationPrincipal PersonPrincipal user,
			@RequestParam(required = false) @Nullable UUID city,
			@RequestParam(required = false) @Nullable List<Section> sections, @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate expiresOn,
			Model model) {
		try {
			var chosen = sections == null || sections.isEmpty() ? EnumSet.noneOf(Section.class)
					: EnumSet.copyOf(sections);
			if (!chosen.isEmpty() && city == null) {
				throw new InvalidInputException("city", "validation.choose");
			}
			talents.open(user.personId(), city == null ? new OrganisationId(new UUID(0, 0)) : new OrganisationId(city),
					chosen, expiresOn);
			return "redirect:/competence/sharing?saved#city";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", page(user, ex));
			return "competence/sharing";
		}
	}

	@PostMapping("/competence/sharing/requests/{id}")
	String answer(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean approve) {
		talents.answer(user.personId(), id, approve);
		return "redirect:/competence/sharing?answered#requests";
	}

	private SharingPage page(PersonPrincipal user, @Nullable InvalidInputException error) {
		var requests = talents.requestsTo(user.personId());
		var cityNames = new java.util.HashMap<OrganisationId, String>();
		talents.cities().forEach(city -> cityNames.put(city.id(), city.name()));
		var companies = sharing.companiesOf(user.personId());
		var grants = sharing.grants(user.personId());
		var current = new java.util.HashSet<OrganisationId>();
		companies.forEach(company -> current.add(company.organisationId()));
		var former = new java.util.LinkedHashMap<OrganisationId, String>();
		grants.stream()
			.map(Grant::organisation)
			.filter(organisation -> !current.contains(organisation))
			.distinct()
			.forEach(organisation -> former.put(organisation,
					organisations.find(organisation).map(found -> found.name()).orElse("–")));
		return new SharingPage(companies, grants, LocalDate.now(clock), error, competence.hasMapping(user.personId()),
				talents.cities(), talents.visibility(user.personId()).orElse(null), requests, cityNames, former);
	}

}
