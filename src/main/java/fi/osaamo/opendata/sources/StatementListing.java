package fi.osaamo.opendata.sources;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import fi.osaamo.opendata.imports.SourceHttp;
import fi.osaamo.opendata.imports.SourceRecord;
import fi.osaamo.opendata.imports.SourceSettings;
import fi.osaamo.opendata.imports.SourceUnavailableException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The statements PRH registered from a day to another, as records of
 * {@link PrhFinancialStatements}: a month of registrations and a page of PRH's listing at
 * a time; a statement's document is fetched only when its record is taken.
 */
final class StatementListing implements Iterator<SourceRecord> {

	private final StatementRecords statements;

	private final SourceHttp http;

	private final SourceSettings settings;

	private final ListingPages pages;

	private final Deque<Object> pending = new ArrayDeque<>();

	StatementListing(StatementRecords statements, SourceHttp http, JsonMapper json, SourceSettings settings,
			LocalDate from, LocalDate until) {
		this.statements = statements;
		this.http = http;
		this.settings = settings;
		this.pages = new ListingPages(http, json, settings, from, until);
	}

	@Override
	public boolean hasNext() {
		while (pending.isEmpty()) {
			if (pages.done()) {
				return false;
			}
			queue(pages.next());
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
		return statement((ListingEntry) next);
	}

	/** The statement of a listing's entry, its document fetched now. */
	private SourceRecord statement(ListingEntry listed) {
		SourceHttp.Answer answer;
		try {
			answer = document(listed);
		}
		catch (SourceUnavailableException ex) {
			return notFound(listed, ex);
		}
		return statements.record(new ByteArrayInputStream(answer.body()), listed.ref(), listed, settings);
	}

	private SourceHttp.Answer document(ListingEntry listed) {
		return http.get(PrhFinancialStatements.ID,
				settings
					.url("/financial?businessId=" + listed.businessId() + "&financialDate=" + listed.financialDate()),
				Map.of("Accept", "application/xml, text/xml"));
	}

	/**
	 * The service answered that it has no such document: that statement is turned down
	 * and the rest are read. A service that does not answer stops the run.
	 */
	private static SourceRecord notFound(ListingEntry listed, SourceUnavailableException ex) {
		if ("opendata.run.refused".equals(ex.messageKey())) {
			return new SourceRecord.Rejected(listed.ref(), "opendata.reject.notFound", null);
		}
		throw ex;
	}

	/**
	 * Queues a page's entries: those turned down as records, those of companies outside
	 * the region as such, the others to be fetched.
	 */
	private void queue(JsonNode entries) {
		var listed = new ArrayList<ListingEntry>();
		for (var entry : entries) {
			sort(ListingEntry.parse(entry, listed.size()), listed);
		}
		queueByRegion(listed);
	}

	private void sort(Object parsed, List<ListingEntry> listed) {
		if (parsed instanceof ListingEntry ok) {
			listed.add(ok);
		}
		else {
			pending.add(parsed);
		}
	}

	private void queueByRegion(List<ListingEntry> listed) {
		var region = statements.inRegion(listed.stream().map(ListingEntry::businessId).collect(Collectors.toSet()),
				settings);
		for (var entry : listed) {
			pending.add(region.contains(entry.businessId()) ? entry : new SourceRecord.OutsideRegion(entry.ref()));
		}
	}

}
