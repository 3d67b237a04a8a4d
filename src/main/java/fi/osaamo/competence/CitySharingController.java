package fi.osaamo.competence;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Notice;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Opens a person's mapping to their city's growth team, or withdraws it, from the sharing
 * page.
 */
@Controller
class CitySharingController {

	private final CityOptIns optIns;

	private final MappingSharingPages pages;

	CitySharingController(CityOptIns optIns, MappingSharingPages pages) {
		this.optIns = optIns;
		this.pages = pages;
	}

	@PostMapping("/competence/sharing/city")
	String openToCity(@AuthenticationPrincipal PersonPrincipal user, CityOptInForm form, Locale locale, Model model,
			RedirectAttributes redirect) {
		try {
			var chosen = open(user, form);
			return Notice.redirect(redirect, "/competence/sharing#city",
					chosen.isEmpty() ? "talents.visibility.notice.withdrawn" : "talents.visibility.notice.saved");
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", pages.page(user, ex, form, null, locale));
			return "competence/sharing";
		}
	}

	/** Opens the mapping as the form says; the sections chosen, none to withdraw. */
	private Set<Section> open(PersonPrincipal user, CityOptInForm form) {
		var chosen = sections(form);
		optIns.open(user.personId(), new OrganisationId(uuid(form.city(), chosen.isEmpty())), chosen,
				date(form.expiresOn()), form.profile());
		return chosen;
	}

	private static Set<Section> sections(CityOptInForm form) {
		var chosen = EnumSet.noneOf(Section.class);
		for (var section : form.sections()) {
			chosen.add(Arrays.stream(Section.values())
				.filter(value -> value.name().equals(section))
				.findFirst()
				.orElseThrow(() -> new InvalidInputException("sections", "validation.choose")));
		}
		return chosen;
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
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("expiresOn", "validation.date");
		}
	}

}
