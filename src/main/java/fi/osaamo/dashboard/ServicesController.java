package fi.osaamo.dashboard;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fi.osaamo.companies.ServiceCatalogue;
import fi.osaamo.companies.ServiceKind;
import fi.osaamo.companies.ServiceOffer;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
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
 * The team's catalogue of the region's services (growth deals): list, filters, export,
 * adding, and withdrawing with a confirmation.
 */
@Controller
@PreAuthorize("hasRole('GROWTH_TEAM')")
class ServicesController {

	private final Teams teams;

	private final ServiceCatalogue catalogue;

	private final MessageSource messages;

	ServicesController(Teams teams, ServiceCatalogue catalogue, MessageSource messages) {
		this.teams = teams;
		this.catalogue = catalogue;
		this.messages = messages;
	}

	@GetMapping("/dashboard/services")
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(defaultValue = "false") boolean withdrawn,
			@RequestParam(required = false) @Nullable String saved, @AuthenticationPrincipal PersonPrincipal user,
			Model model) {
		model.addAttribute("page", page(team(user), q, kind, withdrawn, ServiceForm.empty(), null,
				saved == null || !saved.matches("[a-z]{1,20}") ? null : saved));
		return "dashboard/services";
	}

	@PostMapping("/dashboard/services")
	String add(@ModelAttribute("service") ServiceForm form, BindingResult binding,
			@AuthenticationPrincipal PersonPrincipal user, Model model) {
		var team = team(user);
		try {
			if (binding.hasFieldErrors()) {
				throw new InvalidInputException(binding.getFieldErrors().get(0).getField(), "validation.unreadable");
			}
			catalogue.add(team.id(), form.toNewService());
			return "redirect:/dashboard/services?saved=added";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", page(team, "", null, false, form, ex, null));
			return "dashboard/services";
		}
	}

	@GetMapping("/dashboard/services/{id}/withdraw")
	String confirmWithdraw(@PathVariable UUID id, @AuthenticationPrincipal PersonPrincipal user, Model model) {
		var service = catalogue.findService(team(user).id(), id)
			.filter(ServiceOffer::available)
			.orElseThrow(() -> new NotFoundException("service " + id));
		model.addAttribute("service", service);
		return "dashboard/withdrawService";
	}

	@PostMapping("/dashboard/services/{id}/withdraw")
	String withdraw(@PathVariable UUID id, @RequestParam(defaultValue = "-1") int version,
			@AuthenticationPrincipal PersonPrincipal user, Model model) {
		var team = team(user);
		try {
			catalogue.withdraw(team.id(), id, version);
			return "redirect:/dashboard/services?saved=withdrawn";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", page(team, "", null, false, ServiceForm.empty(), ex, null));
			return "dashboard/services";
		}
	}

	@GetMapping("/dashboard/services.{format:csv|xlsx}")
	void export(@PathVariable String format, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(defaultValue = "false") boolean withdrawn, @AuthenticationPrincipal PersonPrincipal user,
			Locale locale, HttpServletResponse response) throws IOException {
		var services = filter(catalogue.services(team(user).id(), withdrawn), q, kind(kind));
		Exports.Rows rows = row -> services.forEach(service -> row.accept(Arrays.asList(service.name(),
				messages.getMessage("dashboard.serviceKind." + service.kind(), null, locale), service.provider(),
				service.description(), service.contact(),
				service.withdrawnAt() == null ? null : service.withdrawnAt().toString().substring(0, 10))));
		Exports.send(format, "services", List.of("name", "kind", "provider", "description", "contact", "withdrawn"),
				rows, messages, locale, response);
	}

	private ServicesPage page(Teams.Team team, String q, @Nullable String kind, boolean withdrawn, ServiceForm form,
			@Nullable InvalidInputException error, @Nullable String saved) {
		var all = catalogue.services(team.id(), withdrawn);
		ServiceKind chosen;
		try {
			chosen = kind(kind);
		}
		catch (InvalidInputException ex) {
			chosen = null;
			error = error == null ? ex : error;
		}
		var query = q.length() > 200 ? q.substring(0, 200) : q;
		return new ServicesPage(team.name(), filter(all, query, chosen), all.size(), query, chosen, withdrawn, form,
				error, saved);
	}

	private static List<ServiceOffer> filter(List<ServiceOffer> services, String q, @Nullable ServiceKind kind) {
		var needle = q.strip().toLowerCase(Locale.ROOT);
		return services.stream()
			.filter(service -> kind == null || service.kind() == kind)
			.filter(service -> needle.isEmpty() || (service.name() + " " + service.provider() + " "
					+ (service.description() == null ? "" : service.description()))
				.toLowerCase(Locale.ROOT)
				.contains(needle))
			.toList();
	}

	private static @Nullable ServiceKind kind(@Nullable String kind) {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		try {
			return ServiceKind.valueOf(kind);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("kind", "validation.choice", kind);
		}
	}

	private Teams.Team team(PersonPrincipal user) {
		return teams.teamOf(user.personId())
			.orElseThrow(() -> new AccessDeniedException("The catalogue belongs to a growth team"));
	}

}
