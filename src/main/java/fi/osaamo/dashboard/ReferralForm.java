package fi.osaamo.dashboard;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form that refers a need to a service; kept as typed when the save is refused.
 *
 * @param need the need it was posted for
 * @param service the chosen service
 * @param followUpOn when to follow up
 * @param version the need's version the user saw
 */
public record ReferralForm(@Nullable UUID need, @Nullable UUID service,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate followUpOn, @Nullable Integer version) {

	public boolean isFor(UUID candidate) {
		return candidate.equals(need);
	}

	public String date() {
		return followUpOn == null ? "" : followUpOn.toString();
	}

}
