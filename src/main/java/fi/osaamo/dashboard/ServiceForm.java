package fi.osaamo.dashboard;

import fi.osaamo.companies.NewService;
import fi.osaamo.companies.ServiceKind;
import org.jspecify.annotations.Nullable;

/**
 * The form that adds a service to the catalogue; kept as typed when the save is refused.
 *
 * @param name its name
 * @param kind its kind
 * @param provider who provides it
 * @param description what it offers
 * @param contact whom to contact
 */
public record ServiceForm(@Nullable String name, @Nullable ServiceKind kind, @Nullable String provider,
		@Nullable String description, @Nullable String contact) {

	static ServiceForm empty() {
		return new ServiceForm("", null, "", "", "");
	}

	NewService toNewService() {
		return new NewService(name, kind, provider, description, contact);
	}

	public String text(@Nullable String value) {
		return value == null ? "" : value;
	}

}
