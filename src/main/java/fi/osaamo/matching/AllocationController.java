package fi.osaamo.matching;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.jobs.JobManagement;
import fi.osaamo.organisation.Membership;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.NotFoundException;
import fi.osaamo.platform.Notice;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * HR's side of task allocation: running it, deciding on suggestions, answering contests.
 */
@Controller
class AllocationController {

	private final Allocations allocations;

	private final JobManagement jobs;

	private final AiRegister register;

	private final AllocationReviews reviews;

	AllocationController(Allocations allocations, JobManagement jobs, AiRegister register, AllocationReviews reviews) {
		this.allocations = allocations;
		this.reviews = reviews;
		this.jobs = jobs;
		this.register = register;
	}

	@GetMapping("/matching/allocations")
	String allocations(@AuthenticationPrincipal PersonPrincipal user,
			@RequestParam(required = false) @Nullable UUID organisation, Model model) {
		var companies = hrCompanies(user);
		var chosen = companies.stream()
			.filter(company -> organisation == null || company.organisationId().value().equals(organisation))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("organisation"));
		model.addAttribute("page",
				new AllocationsPage(chosen, companies, allocations.forCompany(user.personId(), chosen.organisationId()),
						register.isEnabled(AutomatedFeature.TASK_ALLOCATION)));
		return "matching/allocations";
	}

	private List<Membership> hrCompanies(PersonPrincipal user) {
		return jobs.companiesOf(user.personId())
			.stream()
			.filter(membership -> jobs.isHr(user.personId(), membership.organisationId()))
			.toList();
	}

	@PostMapping("/matching/allocations/suggest")
	String suggest(@AuthenticationPrincipal PersonPrincipal user, @RequestParam UUID organisation, Locale locale,
			RedirectAttributes redirect) {
		var made = allocations.suggest(user.personId(), new OrganisationId(organisation), locale);
		redirect.addFlashAttribute("made", made);
		return "redirect:/matching/allocations?organisation=" + organisation;
	}

	@PostMapping("/matching/allocations/{id}/decide")
	String decide(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id, @RequestParam UUID organisation,
			@RequestParam boolean accept, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		var target = "/matching/allocations?organisation=" + organisation + "#suggestion-" + id;
		try {
			reviews.decide(user.personId(), id, accept, reason);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("failed", id.toString());
			return refused(redirect, ex, target);
		}
		return Notice.redirect(redirect, target, notice(accept));
	}

	@PostMapping("/matching/contests/{id}/answer")
	String answer(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id, @RequestParam UUID organisation,
			@RequestParam(defaultValue = "") String answer, RedirectAttributes redirect) {
		var target = "/matching/allocations?organisation=" + organisation;
		try {
			reviews.answer(user.personId(), id, answer);
			return Notice.redirect(redirect, target, "allocations.notice.answered");
		}
		catch (InvalidInputException ex) {
			return refused(redirect, ex, target);
		}
	}

	private static String notice(boolean accept) {
		return accept ? "allocations.notice.accepted" : "allocations.notice.declined";
	}

	private static String refused(RedirectAttributes redirect, InvalidInputException ex, String target) {
		redirect.addFlashAttribute("allocationError", ex.messageKey());
		return "redirect:" + target;
	}

}
