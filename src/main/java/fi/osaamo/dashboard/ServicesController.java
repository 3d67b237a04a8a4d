package fi.osaamo.dashboard;

import java.util.UUID;

import fi.osaamo.companies.ServiceCatalogue;
import fi.osaamo.companies.ServiceOffer;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The team's catalogue of the region's services (growth deals): list, filters, adding,
 * and withdrawing with a confirmation.
 */
@Controller
@PreAuthorize("hasRole('GROWTH_TEAM')")
class ServicesController {

	private final ServicePages pages;

	private final ServiceCatalogue catalogue;

	ServicesController(ServicePages pages, ServiceCatalogue catalogue) {
		this.pages = pages;
		this.catalogue = catalogue;
	}

	@GetMapping("/dashboard/services")
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(defaultValue = "false") boolean withdrawn,
			@RequestParam(required = false) @Nullable String saved, @AuthenticationPrincipal PersonPrincipal user,
			Model model) {
		model.addAttribute("page", pages.page(pages.team(user), q, kind, withdrawn, ServiceForm.empty(), null,
				saved == null || !saved.matches("[a-z]{1,20}") ? null : saved));
		return "dashboard/services";
	}

	@PostMapping("/dashboard/services")
	String add(@ModelAttribute("service") ServiceForm form, BindingResult binding,
			@AuthenticationPrincipal PersonPrincipal user, Model model) {
		var team = pages.team(user);
		try {
			add(team, form, binding);
			return "redirect:/dashboard/services?saved=added";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", pages.page(team, "", null, false, form, ex, null));
			return "dashboard/services";
		}
	}

	@GetMapping("/dashboard/services/{id}/withdraw")
	String confirmWithdraw(@PathVariable UUID id, @AuthenticationPrincipal PersonPrincipal user, Model model) {
		var service = catalogue.findService(pages.team(user).id(), id)
			.filter(ServiceOffer::available)
			.orElseThrow(() -> new NotFoundException("service " + id));
		model.addAttribute("service", service);
		return "dashboard/withdrawService";
	}

	@PostMapping("/dashboard/services/{id}/withdraw")
	String withdraw(@PathVariable UUID id, @RequestParam(defaultValue = "-1") int version,
			@AuthenticationPrincipal PersonPrincipal user, Model model) {
		var team = pages.team(user);
		try {
			catalogue.withdraw(team.id(), id, version);
			return "redirect:/dashboard/services?saved=withdrawn";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", pages.page(team, "", null, false, ServiceForm.empty(), ex, null));
			return "dashboard/services";
		}
	}

	/** Adds the service, unless a field of the form could not be read. */
	private void add(Teams.Team team, ServiceForm form, BindingResult binding) {
		if (binding.hasFieldErrors()) {
			throw new InvalidInputException(binding.getFieldErrors().get(0).getField(), "validation.unreadable");
		}
		catalogue.add(team.id(), form.toNewService());
	}

}
