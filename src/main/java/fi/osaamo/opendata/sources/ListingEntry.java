package fi.osaamo.opendata.sources;

import java.time.LocalDate;

import fi.osaamo.organisation.BusinessId;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An entry of PRH's listing of registered financial statements.
 *
 * @param businessId the company
 * @param financialDate the end of the fiscal period
 * @param registered when the statement was registered
 */
record ListingEntry(String businessId, LocalDate financialDate, @Nullable LocalDate registered) {

	/** How the run log names the entry's statement. */
	String ref() {
		return businessId + "/" + financialDate;
	}

	/**
	 * An entry of the listing, or why it is turned down.
	 * @param entry the listing's entry
	 * @param position its place among the page's entries read so far
	 * @return a {@link ListingEntry} or a {@link fi.osaamo.opendata.imports.SourceRecord}
	 */
	static Object parse(JsonNode entry, int position) {
		var ref = entry.path("businessId").asString("#" + (position + 1));
		try {
			return read(entry);
		}
		catch (RecordProblem problem) {
			return problem.toRejection(ref);
		}
	}

	private static ListingEntry read(JsonNode entry) {
		Fields.requireObject(entry);
		var businessId = Fields.required(entry, "businessId", 20);
		if (!BusinessId.isValid(businessId)) {
			throw new RecordProblem("opendata.reject.businessId", businessId);
		}
		var financialDate = Fields.date(entry, "financialDate");
		if (financialDate == null) {
			throw new RecordProblem("opendata.reject.missing", "financialDate");
		}
		return new ListingEntry(businessId, financialDate, Fields.date(entry, "registrationDate"));
	}

}
