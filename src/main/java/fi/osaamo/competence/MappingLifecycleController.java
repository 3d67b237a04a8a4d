package fi.osaamo.competence;

import java.util.Locale;

import fi.osaamo.account.ProfileManagement;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.Notice;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Starts a person's mapping, shows the history of its levels and deletes it.
 */
@Controller
class MappingLifecycleController {

	private final CompetenceManagement competence;

	private final SharingManagement sharing;

	private final TaxonomyManagement taxonomy;

	private final ProfileManagement profiles;

	MappingLifecycleController(CompetenceManagement competence, SharingManagement sharing, TaxonomyManagement taxonomy,
			ProfileManagement profiles) {
		this.competence = competence;
		this.sharing = sharing;
		this.taxonomy = taxonomy;
		this.profiles = profiles;
	}

	/**
	 * Starts the mapping; with {@code prefill}, the job title of the person's profile
	 * goes into the work history, at the company they work for.
	 */
	@PostMapping("/competence/start")
	String start(@AuthenticationPrincipal PersonPrincipal user, @RequestParam(defaultValue = "false") boolean prefill) {
		if (competence.hasMapping(user.personId())) {
			return "redirect:/competence";
		}
		competence.start(user.personId());
		var work = profiles.workProfile(user.personId());
		if (prefill && work.jobTitle() != null) {
			competence.addWork(user.personId(), work.jobTitle(), employer(user), null, null,
					competence.mapping(user.personId()).orElseThrow().version());
		}
		return "redirect:/competence";
	}

	private @Nullable String employer(PersonPrincipal user) {
		return sharing.companiesOf(user.personId())
			.stream()
			.map(membership -> membership.organisationName())
			.findFirst()
			.orElse(null);
	}

	@GetMapping("/competence/history")
	String history(@AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		var history = competence.history(user.personId());
		var labels = taxonomy.byUris(history.stream().map(Assertion::skillUri).distinct().toList(),
				Language.of(locale));
		model.addAttribute("page", new HistoryPage(history, labels));
		return "competence/history";
	}

	@GetMapping("/competence/delete")
	String confirmDelete(@AuthenticationPrincipal PersonPrincipal user) {
		return competence.hasMapping(user.personId()) ? "competence/delete" : "redirect:/competence";
	}

	@PostMapping("/competence/delete")
	String delete(@AuthenticationPrincipal PersonPrincipal user, RedirectAttributes redirect) {
		competence.delete(user.personId());
		return Notice.redirect(redirect, "/competence", "competence.notice.deleted");
	}

}
