package fi.osaamo.studies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A study to be added, as its source gives it.
 *
 * @param source where it comes from
 * @param sourceId its id there
 * @param provider who offers it
 * @param title its title
 * @param description what it is about
 * @param type its kind
 * @param language teaching language
 * @param municipalityCode where
 * @param online whether online
 * @param startDate start
 * @param endDate end
 * @param durationHours hours
 * @param costEur cost
 * @param url link
 * @param skills ESCO skills taught
 */
public record NewStudy(String source, @Nullable String sourceId, String provider, String title,
		@Nullable String description, StudyType type, String language, @Nullable String municipalityCode,
		boolean online, @Nullable LocalDate startDate, @Nullable LocalDate endDate, @Nullable Integer durationHours,
		@Nullable BigDecimal costEur, @Nullable String url, List<String> skills) {
}
