package fi.osaamo.dashboard;

import java.util.List;
import java.util.Locale;

import fi.osaamo.companies.ServiceCatalogue;
import fi.osaamo.companies.ServiceKind;
import fi.osaamo.companies.ServiceOffer;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Reads the team's catalogue of services as the filters ask, for the services page and
 * its exports.
 */
@Component
class ServicePages {

	private final Teams teams;

	private final ServiceCatalogue catalogue;

	ServicePages(Teams teams, ServiceCatalogue catalogue) {
		this.teams = teams;
		this.catalogue = catalogue;
	}

	ServicesPage page(Teams.Team team, String q, @Nullable String kind, boolean withdrawn, ServiceForm form,
			@Nullable InvalidInputException error, @Nullable String saved) {
		var all = catalogue.services(team.id(), withdrawn);
		var query = q.length() > 200 ? q.substring(0, 200) : q;
		try {
			return page(team, all, query, kind(kind), withdrawn, form, error, saved);
		}
		catch (InvalidInputException ex) {
			return page(team, all, query, null, withdrawn, form, error == null ? ex : error, saved);
		}
	}

	private ServicesPage page(Teams.Team team, List<ServiceOffer> all, String query, @Nullable ServiceKind chosen,
			boolean withdrawn, ServiceForm form, @Nullable InvalidInputException error, @Nullable String saved) {
		return new ServicesPage(team.name(), filter(all, query, chosen), all.size(), query, chosen, withdrawn, form,
				error, saved);
	}

	static List<ServiceOffer> filter(List<ServiceOffer> services, String q, @Nullable ServiceKind kind) {
		var needle = q.strip().toLowerCase(Locale.ROOT);
		return services.stream()
			.filter(service -> kind == null || service.kind() == kind)
			.filter(service -> needle.isEmpty() || (service.name() + " " + service.provider() + " "
					+ (service.description() == null ? "" : service.description()))
				.toLowerCase(Locale.ROOT)
				.contains(needle))
			.toList();
	}

	static @Nullable ServiceKind kind(@Nullable String kind) {
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

	Teams.Team team(PersonPrincipal user) {
		return teams.teamOf(user.personId())
			.orElseThrow(() -> new AccessDeniedException("The catalogue belongs to a growth team"));
	}

}
