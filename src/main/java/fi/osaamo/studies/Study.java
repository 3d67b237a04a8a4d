package fi.osaamo.studies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A study.
 *
 * @param id its id
 * @param provider who offers it
 * @param title its title
 * @param description what it is about
 * @param type degree, module or short course, apprenticeship, online course
 * @param language the teaching language
 * @param municipalityCode where it is taught, if not online
 * @param online whether it is online
 * @param startDate when it starts
 * @param endDate when it ends
 * @param durationHours how many hours it takes
 * @param costEur what it costs, in euros
 * @param url more information
 * @param skills the ESCO skills it teaches, local corrections applied
 * @param localNote a note added here
 */
public record Study(UUID id, String provider, String title, @Nullable String description, StudyType type,
		String language, @Nullable String municipalityCode, boolean online, @Nullable LocalDate startDate,
		@Nullable LocalDate endDate, @Nullable Integer durationHours, @Nullable BigDecimal costEur,
		@Nullable String url, List<String> skills, @Nullable String localNote) {
}
