package fi.osaamo.opendata.sources;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipInputStream;

import fi.osaamo.companies.CompanyRegister;
import fi.osaamo.companies.FinancialStatement;
import fi.osaamo.companies.RegisterUpdates;
import fi.osaamo.opendata.imports.RecordStream;
import fi.osaamo.opendata.imports.SourceAdapter;
import fi.osaamo.opendata.imports.SourceHttp;
import fi.osaamo.opendata.imports.SourceRecord;
import fi.osaamo.opendata.imports.SourceSettings;
import fi.osaamo.opendata.imports.SourceUnavailableException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Key figures from the financial statements companies filed to the trade register, from
 * PRH's financial statements open data API v3 ({@code opendata-xbrl-api/v3}): the
 * statements registered in a period ({@code GET /all_financial_statements} with
 * {@code registeredDateStart}, {@code registeredDateEnd} and {@code page}), then each
 * statement of a company in the region's register as an XBRL instance document
 * ({@code GET /financial?businessId=…&financialDate=…}, read by {@link XbrlStatement}). A
 * file is one such document, or a ZIP of them.
 *
 * <p>
 * Incremental: a run lists the statements registered since the previous complete run,
 * month by month (PRH lists them from {@value #FIRST_LISTED} on). A statement belongs to
 * the region when its company is in the imported company register in the region's
 * municipalities, so the companies are imported first; others are skipped without their
 * document being fetched. Source: Finnish Patent and Registration Office (PRH).
 *
 * <p>
 * No response of this API is stored in the project's samples: the listing's fields and
 * the documents' taxonomy codes follow the API's published description and the analyses
 * of real statements cited in ADR 0009
 * ({@code docs/adr/0009-prh-financial-statements.md}).
 */
@Component
class PrhFinancialStatements implements SourceAdapter {

	static final String ID = "prh-financials";

	/** The first registration date PRH's listing answers for. */
	static final String FIRST_LISTED = "2023-07-01";

	static final String STATE_PREFIX = "registered:";

	/** Reasons that say a document is not an XBRL instance at all. */
	static final Set<String> UNREADABLE = Set.of("opendata.reject.xmlSyntax", "opendata.reject.malformedXml",
			"opendata.reject.notXbrl", "opendata.reject.inlineXbrl");

	private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

	private final SourceHttp http;

	private final JsonMapper json;

	private final StatementRecords records;

	private final RegisterUpdates register;

	private final Clock clock;

	PrhFinancialStatements(SourceHttp http, JsonMapper json, CompanyRegister registers, RegisterUpdates register,
			Clock clock) {
		this.http = http;
		this.json = json;
		this.records = new StatementRecords(registers);
		this.register = register;
		this.clock = clock;
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String fileTypes() {
		return ".xml,.xbrl,.zip,application/xml,text/xml,application/zip";
	}

	@Override
	public RecordStream fetch(SourceSettings settings) {
		var today = LocalDate.now(clock.withZone(HELSINKI));
		var from = since(settings.syncState());
		return RecordStream.of(
				new StatementListing(records, http, json, settings, from.isAfter(today) ? today : from, today),
				STATE_PREFIX + today, () -> {
				});
	}

	private static LocalDate since(@Nullable String state) {
		if (state != null && state.startsWith(STATE_PREFIX)) {
			try {
				return LocalDate.parse(state.substring(STATE_PREFIX.length()));
			}
			catch (DateTimeParseException ex) {
				// An unreadable state starts from the beginning again.
			}
		}
		return LocalDate.parse(FIRST_LISTED);
	}

	@Override
	public RecordStream read(InputStream file, SourceSettings settings) {
		var input = FileSignatures.refuseBinary(file, "XBRL", "ZIP");
		if (FileSignatures.peek(input).filter("ZIP"::equals).isPresent()) {
			return RecordStream.of(new StatementZip(records, new ZipInputStream(input), settings));
		}
		return RecordStream.of(List.of(single(input, settings)).iterator());
	}

	/**
	 * A document uploaded on its own. One that cannot be read as XBRL at all fails the
	 * run; in a ZIP it would be turned down and the others read.
	 */
	private SourceRecord single(InputStream document, SourceSettings settings) {
		var record = records.record(document, "1", null, settings);
		if (record instanceof SourceRecord.Rejected rejected && UNREADABLE.contains(rejected.reasonKey())) {
			throw new SourceUnavailableException(rejected.reasonKey(), rejected.arguments(),
					"uploaded document: " + rejected.reasonKey(), null);
		}
		return record;
	}

	@Override
	public String store(SourceRecord.Parsed record, boolean isNew) {
		var stored = (StatementRecords.Stored) record.payload();
		var statement = stored.statement();
		register.file(new FinancialStatement(statement.businessId(), statement.periodStart(), statement.periodEnd(),
				statement.revenue(), statement.operatingProfit(), statement.profit(), statement.personnelExpenses(),
				stored.registered()), statement.taxonomy());
		return record.sourceId();
	}

}
