package fi.osaamo.account;

import java.util.Locale;

import fi.osaamo.identity.ContactDetails;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.identity.WorkNames;
import fi.osaamo.organisation.OrganisationManagement;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ProfileController {

	private final IdentityManagement identities;

	private final OrganisationManagement organisations;

	private final ProfileManagement profiles;

	private final TaxonomyManagement taxonomy;

	private final WorkNames workNames;

	ProfileController(IdentityManagement identities, OrganisationManagement organisations, ProfileManagement profiles,
			TaxonomyManagement taxonomy, WorkNames workNames) {
		this.workNames = workNames;
		this.identities = identities;
		this.organisations = organisations;
		this.profiles = profiles;
		this.taxonomy = taxonomy;
	}

	@GetMapping("/account")
	String profile(@AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		var person = personalData(user);
		model.addAttribute("page", page(user, person, ProfileForm.of(person, profiles.workProfile(user.personId()),
				workNames.of(user.personId()).orElse(null)), null, locale));
		return "account/profile";
	}

	@PostMapping("/account")
	String save(@AuthenticationPrincipal PersonPrincipal user, @ModelAttribute ProfileForm form, Locale locale,
			Model model, RedirectAttributes redirect) {
		try {
			save(user, form);
			return Notice.redirect(redirect, "/account", "profile.saved");
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", page(user, personalData(user), form, ex, locale));
			return "account/profile";
		}
	}

	// Every part is checked before any is saved, so that bad input changes nothing and
	// every problem is told at once.
	private void save(PersonPrincipal user, ProfileForm form) {
		var problems = new FormProblems();
		problems.check(() -> ContactDetails.check(form.toPerson()));
		problems.check(() -> WorkNames.check(form.workName()));
		problems.check(() -> profiles.check(form.jobTitle(), form.occupation()));
		problems.throwIfAny();
		identities.changeContact(user.personId(), user.personId(), form.toPerson());
		profiles.save(user.personId(), form.jobTitle(), form.occupation());
		workNames.set(user.personId(), form.workName());
	}

	private fi.osaamo.identity.PersonalData personalData(PersonPrincipal user) {
		return identities.personalData(user.personId(), user.personId(), "own profile")
			.orElseThrow(() -> new NotFoundException("person"));
	}

	private ProfilePage page(PersonPrincipal user, fi.osaamo.identity.PersonalData person, ProfileForm form,
			@Nullable InvalidInputException error, Locale locale) {
		var occupation = form.occupation() == null || form.occupation().isBlank() ? null
				: taxonomy.byUri(form.occupation(), Language.of(locale)).map(ref -> ref.label().text()).orElse(null);
		return new ProfilePage(person, organisations.membershipsOf(user.personId()),
				identities.accessLog(user.personId(), 20), form, occupation, error);
	}

}
