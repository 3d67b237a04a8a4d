package fi.osaamo.opendata.sources;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import fi.osaamo.opendata.imports.SourceHttp;
import fi.osaamo.opendata.imports.SourceRecord;
import fi.osaamo.opendata.imports.SourceSettings;
import fi.osaamo.opendata.imports.SourceUnavailableException;
import fi.osaamo.opendata.sources.PrhFinancialStatements.Listed;
import fi.osaamo.organisation.BusinessId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The statements PRH registered from a day to another, as records of
 * {@link PrhFinancialStatements}: a month of registrations and a page of PRH's listing at
 * a time; a statement's document is fetched only when its record is taken.
 */
final class StatementListing implements Iterator<SourceRecord> {

	private final PrhFinancialStatements statements;

	private final SourceHttp http;

	private final JsonMapper json;

	private final SourceSettings settings;

	private final LocalDate until;

	private LocalDate windowStart;

	private int page = 1;

	private int pageSize;

	private final Deque<Object> pending = new ArrayDeque<>();

	StatementListing(PrhFinancialStatements statements, SourceHttp http, JsonMapper json, SourceSettings settings,
			LocalDate from, LocalDate until) {
		this.statements = statements;
		this.http = http;
		this.json = json;
		this.settings = settings;
		this.windowStart = from;
		this.until = until;
	}

	@Override
	public boolean hasNext() {
		while (pending.isEmpty()) {
			if (windowStart.isAfter(until)) {
				return false;
			}
			loadPage();
		}
		return true;
	}

	@Override
	public SourceRecord next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		var next = pending.poll();
		if (next instanceof SourceRecord record) {
			return record;
		}
		return statement((Listed) next);
	}

	/** The statement of a listing's entry, its document fetched now. */
	private SourceRecord statement(Listed listed) {
		var ref = listed.businessId() + "/" + listed.financialDate();
		SourceHttp.Answer answer;
		try {
			answer = http.get(
					PrhFinancialStatements.ID, settings.url("/financial?businessId=" + listed.businessId()
							+ "&financialDate=" + listed.financialDate()),
					Map.of("Accept", "application/xml, text/xml"));
		}
		catch (SourceUnavailableException ex) {
			// The service answered that it has no such document: that statement is
			// turned down and the rest are read. A service that does not answer
			// stops the run.
			if ("opendata.run.refused".equals(ex.messageKey())) {
				return new SourceRecord.Rejected(ref, "opendata.reject.notFound", null);
			}
			throw ex;
		}
		return statements.record(new ByteArrayInputStream(answer.body()), ref, listed, listed.registered(), settings);
	}

	private void loadPage() {
		var windowEnd = windowStart.plusMonths(1).minusDays(1);
		if (windowEnd.isAfter(until)) {
			windowEnd = until;
		}
		var body = fetchPage(windowEnd);
		var entries = body.path("financials");
		queue(entries);
		if (page == 1) {
			pageSize = Math.max(1, entries.size());
		}
		var total = body.path("totalResults").asLong(0);
		var windowDone = entries.isEmpty() || (long) page * pageSize >= total;
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

	/**
	 * Queues a page's entries: those turned down as records, those of companies outside
	 * the region as such, the others to be fetched.
	 */
	private void queue(JsonNode entries) {
		var listed = new ArrayList<Listed>();
		for (var entry : entries) {
			var parsed = listed(entry, listed.size());
			if (parsed instanceof Listed ok) {
				listed.add(ok);
			}
			else {
				pending.add(parsed);
			}
		}
		var region = statements.inRegion(listed.stream().map(Listed::businessId).collect(Collectors.toSet()), settings);
		for (var entry : listed) {
			pending.add(region.contains(entry.businessId()) ? entry
					: new SourceRecord.OutsideRegion(entry.businessId() + "/" + entry.financialDate()));
		}
	}

	/** An entry of the listing, or why it is turned down. */
	private static Object listed(JsonNode entry, int position) {
		var ref = entry.path("businessId").asString("#" + (position + 1));
		try {
			Fields.requireObject(entry);
			var businessId = Fields.required(entry, "businessId", 20);
			if (!BusinessId.isValid(businessId)) {
				throw new RecordProblem("opendata.reject.businessId", businessId);
			}
			var financialDate = Fields.date(entry, "financialDate");
			if (financialDate == null) {
				throw new RecordProblem("opendata.reject.missing", "financialDate");
			}
			return new Listed(businessId, financialDate, Fields.date(entry, "registrationDate"));
		}
		catch (RecordProblem problem) {
			return problem.toRejection(ref);
		}
	}

}
