package fi.osaamo.opendata.sources;

import java.time.LocalDate;
import java.util.Map;

import fi.osaamo.opendata.imports.SourceHttp;
import fi.osaamo.opendata.imports.SourceSettings;
import fi.osaamo.opendata.imports.SourceUnavailableException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pages through PRH's listing of registered statements from a day to another: a month of
 * registrations and a page of it at a time.
 */
final class ListingPages {

	private final SourceHttp http;

	private final JsonMapper json;

	private final SourceSettings settings;

	private final LocalDate until;

	private LocalDate windowStart;

	private int page = 1;

	private int pageSize;

	ListingPages(SourceHttp http, JsonMapper json, SourceSettings settings, LocalDate from, LocalDate until) {
		this.http = http;
		this.json = json;
		this.settings = settings;
		this.windowStart = from;
		this.until = until;
	}

	boolean done() {
		return windowStart.isAfter(until);
	}

	/** The next page's entries. */
	JsonNode next() {
		var windowEnd = windowStart.plusMonths(1).minusDays(1);
		windowEnd = windowEnd.isAfter(until) ? until : windowEnd;
		var body = fetchPage(windowEnd);
		var entries = body.path("financials");
		if (page == 1) {
			pageSize = Math.max(1, entries.size());
		}
		var total = body.path("totalResults").asLong(0);
		advance(windowEnd, entries.isEmpty() || (long) page * pageSize >= total);
		return entries;
	}

	private void advance(LocalDate windowEnd, boolean windowDone) {
		if (windowDone) {
			windowStart = windowEnd.plusDays(1);
			page = 1;
		}
		else {
			page++;
		}
	}

	private JsonNode fetchPage(LocalDate windowEnd) {
		var answer = http.get(PrhFinancialStatements.ID, settings.url("/all_financial_statements?registeredDateStart="
				+ windowStart + "&registeredDateEnd=" + windowEnd + "&page=" + page), Map.of());
		try {
			return json.readTree(answer.body());
		}
		catch (RuntimeException ex) {
			throw new SourceUnavailableException("opendata.run.unreadableAnswer",
					"all_financial_statements: " + ex.getMessage(), ex);
		}
	}

}
