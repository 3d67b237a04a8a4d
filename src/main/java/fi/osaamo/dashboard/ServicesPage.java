package fi.osaamo.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import fi.osaamo.companies.ServiceKind;
import fi.osaamo.companies.ServiceOffer;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The team's service catalogue.
 *
 * @param teamName the team
 * @param services the services that pass the filters
 * @param total how many the team has
 * @param query the text filter
 * @param kind the kind filter
 * @param withdrawn whether withdrawn ones are shown
 * @param form the add form
 * @param error what was wrong with the last save
 * @param saved what was saved just now
 */
public record ServicesPage(String teamName, List<ServiceOffer> services, int total, String query,
		@Nullable ServiceKind kind, boolean withdrawn, ServiceForm form, @Nullable InvalidInputException error,
		@Nullable String saved) {

	public ServiceKind[] kinds() {
		return ServiceKind.values();
	}

	public boolean errorOn(String field) {
		return error != null && error.field().equals(field);
	}

	public String exportLink(String format) {
		return "/dashboard/services." + format + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
				+ (kind == null ? "" : "&kind=" + kind) + (withdrawn ? "&withdrawn=true" : "");
	}

}
