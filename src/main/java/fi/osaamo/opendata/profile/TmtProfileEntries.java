package fi.osaamo.opendata.profile;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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
		return entries(root.path("educations"), "educations", "degree", rejected, item -> education(item, language));
	}

	static List<ProfilePreview.Entry> employments(JsonNode root, Language language,
			List<ProfilePreview.Rejected> rejected) {
		return entries(root.path("employments"), "employments", "title", rejected, item -> employment(item, language));
	}

	/** The section's entries; those without a name are turned down. */
	private static List<ProfilePreview.Entry> entries(JsonNode items, String section, String name,
			List<ProfilePreview.Rejected> rejected, Function<JsonNode, ProfilePreview.@Nullable Entry> read) {
		var entries = new ArrayList<ProfilePreview.Entry>();
		for (var item : items) {
			Optional.ofNullable(read.apply(item))
				.ifPresentOrElse(entries::add,
						() -> rejected.add(new ProfilePreview.Rejected(section, "opendata.reject.missing", name)));
		}
		return entries;
	}

	private static ProfilePreview.@Nullable Entry education(JsonNode education, Language language) {
		var title = TmtTexts.text(education.path("customDegreeName"), language);
		var institution = TmtTexts.text(education.path("degreeInstitution"), language);
		if (title == null) {
			// Without a name of its own, the degree is named by where it was taken.
			return education(education,
					institution != null ? institution : TmtTexts.text(education.path("degreeCode"), language), null);
		}
		return education(education, title, institution);
	}

	private static ProfilePreview.@Nullable Entry education(JsonNode education, @Nullable String title,
			@Nullable String institution) {
		var interval = education.path("interval");
		return title == null ? null : new ProfilePreview.Entry(TmtTexts.limit(title), TmtTexts.limitOrNull(institution),
				year(interval.path("startDate")), year(interval.path("endDate")));
	}

	private static ProfilePreview.@Nullable Entry employment(JsonNode employment, Language language) {
		var title = TmtTexts.text(employment.path("title"), language);
		if (title == null) {
			return null;
		}
		var hidden = employment.path("employerNameHidden").asBoolean(false);
		var interval = employment.path("interval");
		return new ProfilePreview.Entry(TmtTexts.limit(title),
				hidden ? null : TmtTexts.limitOrNull(TmtTexts.text(employment.path("employer"), language)),
				year(interval.path("startDate")),
				interval.path("ongoing").asBoolean(false) ? null : year(interval.path("endDate")));
	}

	private static @Nullable Integer year(JsonNode node) {
		if (!node.isString()) {
			return null;
		}
		var text = node.asString();
		try {
			return plausible(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text).getYear());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static @Nullable Integer plausible(int year) {
		return year >= 1950 && year <= 2100 ? year : null;
	}

}
