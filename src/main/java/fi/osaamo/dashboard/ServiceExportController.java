package fi.osaamo.dashboard;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import fi.osaamo.companies.ServiceCatalogue;
import fi.osaamo.companies.ServiceOffer;
import fi.osaamo.identity.PersonPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Exports the team's catalogue of services, as the list's filters find it, as CSV or
 * Excel.
 */
@Controller
@PreAuthorize("hasRole('GROWTH_TEAM')")
class ServiceExportController {

	private final ServicePages pages;

	private final ServiceCatalogue catalogue;

	private final MessageSource messages;

	ServiceExportController(ServicePages pages, ServiceCatalogue catalogue, MessageSource messages) {
		this.pages = pages;
		this.catalogue = catalogue;
		this.messages = messages;
	}

	@GetMapping("/dashboard/services.{format:csv|xlsx}")
	void export(@PathVariable String format, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(defaultValue = "false") boolean withdrawn, @AuthenticationPrincipal PersonPrincipal user,
			Locale locale, HttpServletResponse response) throws IOException {
		var services = ServicePages.filter(catalogue.services(pages.team(user).id(), withdrawn), q,
				ServicePages.kind(kind));
		Exports.Rows rows = row -> services.forEach(service -> row.accept(cells(service, locale)));
		Exports.send(format, "services", List.of("name", "kind", "provider", "description", "contact", "withdrawn"),
				rows, messages, locale, response);
	}

	private List<@Nullable Object> cells(ServiceOffer service, Locale locale) {
		return Arrays.asList(service.name(),
				messages.getMessage("dashboard.serviceKind." + service.kind(), null, locale), service.provider(),
				service.description(), service.contact(),
				service.withdrawnAt() == null ? null : service.withdrawnAt().toString().substring(0, 10));
	}

}
