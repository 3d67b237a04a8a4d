package fi.osaamo.companies;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A contact to log.
 *
 * @param occurredOn when it happened
 * @param channel how
 * @param participants who took part
 * @param notes what was said
 * @param topics what it was about, comma-separated
 * @param confidential whether only the author, the account manager and administrators see
 * the notes
 */
public record NewContact(@Nullable LocalDate occurredOn, @Nullable Channel channel, @Nullable String participants,
		@Nullable String notes, @Nullable String topics, boolean confidential) {
}
