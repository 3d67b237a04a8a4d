package fi.osaamo.opendata.sources;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * When a job ad was published and until when one may apply, the one not after the other.
 *
 * @param posted when published
 * @param until until when one may apply
 */
record AdPeriod(@Nullable LocalDate posted, @Nullable LocalDate until) {

	static AdPeriod of(JsonNode node, String postedField, String untilField) {
		var posted = Fields.date(node, postedField);
		var until = Fields.date(node, untilField);
		if (posted != null && until != null && until.isBefore(posted)) {
			throw new RecordProblem("opendata.reject.dates", posted + " > " + until);
		}
		return new AdPeriod(posted, until);
	}

}
