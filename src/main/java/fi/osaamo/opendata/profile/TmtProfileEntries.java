package fi.osaamo.opendata.profile;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the educations and jobs of a Työmarkkinatori profile export into the entries of a
 * preview, turning down those without a name; and the export's localised texts and dates.
 */
final class TmtProfileEntries {

	private TmtProfileEntries() {
	}

	static List<ProfilePreview.Entry> educations(JsonNode root, Language language,
			List<ProfilePreview.Rejected> rejected) {
		var educations = new ArrayList<ProfilePreview.Entry>();
		for (var education : root.path("educations")) {
			var title = text(education.path("customDegreeName"), language);
			var institution = text(education.path("degreeInstitution"), language);
			if (title == null) {
				// Without a name of its own, the degree is named by where it was taken.
				title = institution != null ? institution : text(education.path("degreeCode"), language);
				institution = null;
			}
			if (title == null) {
				rejected.add(new ProfilePreview.Rejected("educations", "opendata.reject.missing", "degree"));
				continue;
			}
			educations.add(new ProfilePreview.Entry(limit(title), limitOrNull(institution),
					year(education.path("interval").path("startDate")),
					year(education.path("interval").path("endDate"))));
		}
		return educations;
	}

	static List<ProfilePreview.Entry> employments(JsonNode root, Language language,
			List<ProfilePreview.Rejected> rejected) {
		var employments = new ArrayList<ProfilePreview.Entry>();
		for (var employment : root.path("employments")) {
			var title = text(employment.path("title"), language);
			if (title == null) {
				rejected.add(new ProfilePreview.Rejected("employments", "opendata.reject.missing", "title"));
				continue;
			}
			var hidden = employment.path("employerNameHidden").asBoolean(false);
			var interval = employment.path("interval");
			employments.add(new ProfilePreview.Entry(limit(title),
					hidden ? null : limitOrNull(text(employment.path("employer"), language)),
					year(interval.path("startDate")),
					interval.path("ongoing").asBoolean(false) ? null : year(interval.path("endDate"))));
		}
		return employments;
	}

	/**
	 * A text given as is or in languages: the reader's, else Finnish, Swedish, English.
	 */
	private static @Nullable String text(JsonNode node, Language language) {
		if (node.isString()) {
			return node.asString().isBlank() ? null : node.asString().strip();
		}
		for (var code : List.of(language.code(), "fi", "sv", "en")) {
			var value = node.path(code);
			if (value.isString() && !value.asString().isBlank()) {
				return value.asString().strip();
			}
		}
		return null;
	}

	private static String limit(String text) {
		return text.length() > 200 ? text.substring(0, 199) + "…" : text;
	}

	private static @Nullable String limitOrNull(@Nullable String text) {
		return text == null ? null : limit(text);
	}

	private static @Nullable Integer year(JsonNode node) {
		if (!node.isString()) {
			return null;
		}
		try {
			var year = LocalDate
				.parse(node.asString().length() > 10 ? node.asString().substring(0, 10) : node.asString())
				.getYear();
			return year >= 1950 && year <= 2100 ? year : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
