package fi.osaamo.competence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.Notice;
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

@Controller
class SharingController {

	private final SharingManagement sharing;

	private final CompetenceManagement competence;

	private final Clock clock;

	private final CityTalents talents;

	private final CityOptIns optIns;

	private final CityOptInSections citySections;

	private final OrganisationManagement organisations;

	SharingController(SharingManagement sharing, CompetenceManagement competence, Clock clock, CityTalents talents,
			CityOptIns optIns, CityOptInSections citySections, OrganisationManagement organisations) {
		this.optIns = optIns;
		this.citySections = citySections;
		this.organisations = organisations;
		this.talents = talents;
		this.sharing = sharing;
		this.competence = competence;
		this.clock = clock;
	}

	@GetMapping("/competence/sharing")
	String sharing(@AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		model.addAttribute("page", page(user, null, null, null, locale));
		return "competence/sharing";
	}

	@PostMapping("/competence/sharing")
	String share(@AuthenticationPrincipal PersonPrincipal user, @ModelAttribute CompanyShareForm form, Locale locale,
			Model model, RedirectAttributes redirect) {
		try {
			sharing.share(user.personId(), form.company(), form.ticked(), form.expiry());
			return Notice.redirect(redirect, "/competence/sharing", "sharing.notice.saved");
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", page(user, ex, null, form, locale));
			return "competence/sharing";
		}
	}

	@PostMapping("/competence/sharing/city")
	String openToCity(@AuthenticationPrincipal PersonPrincipal user, CityOptInForm form, Locale locale, Model model,
			RedirectAttributes redirect) {
		try {
			var chosen = EnumSet.noneOf(Section.class);
			for (var section : form.sections()) {
				chosen.add(Arrays.stream(Section.values())
					.filter(value -> value.name().equals(section))
					.findFirst()
					.orElseThrow(() -> new InvalidInputException("sections", "validation.choose")));
			}
			optIns.open(user.personId(), new OrganisationId(uuid(form.city(), chosen.isEmpty())), chosen,
					date(form.expiresOn()), form.profile());
			return Notice.redirect(redirect, "/competence/sharing#city",
					chosen.isEmpty() ? "talents.visibility.notice.withdrawn" : "talents.visibility.notice.saved");
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", page(user, ex, form, null, locale));
			return "competence/sharing";
		}
	}

	private static UUID uuid(String city, boolean withdrawing) {
		try {
			return withdrawing && city.isEmpty() ? new UUID(0, 0) : UUID.fromString(city);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("city", "validation.choose");
		}
	}

	private static @Nullable LocalDate date(String text) {
		try {
			return text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new InvalidInputException("expiresOn", "validation.date");
		}
	}

	@PostMapping("/competence/sharing/requests/{id}")
	String answer(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean approve, RedirectAttributes redirect) {
		talents.answer(user.personId(), id, approve);
		return Notice.redirect(redirect, "/competence/sharing#requests",
				approve ? "talents.requests.notice.approved" : "talents.requests.notice.declined");
	}

	private SharingPage page(PersonPrincipal user, @Nullable InvalidInputException error, @Nullable CityOptInForm typed,
			@Nullable CompanyShareForm companyForm, Locale locale) {
		var requests = talents.requestsTo(user.personId());
		var cityNames = new java.util.HashMap<OrganisationId, String>();
		optIns.cities().forEach(city -> cityNames.put(city.id(), city.name()));
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
				citySections.of(user.personId(), typed, Language.of(locale)), requests, cityNames, former, companyForm);
	}

}
