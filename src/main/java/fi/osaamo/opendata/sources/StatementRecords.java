package fi.osaamo.opendata.sources;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Set;

import fi.osaamo.companies.CompanyRegister;
import fi.osaamo.opendata.imports.SourceRecord;
import fi.osaamo.opendata.imports.SourceSettings;
import org.jspecify.annotations.Nullable;

/**
 * Makes a record of {@link PrhFinancialStatements} of one statement document: reads its
 * figures, checks them against the listing's entry, and keeps the statement when its
 * company is in the region's register.
 */
final class StatementRecords {

	private final CompanyRegister registers;

	StatementRecords(CompanyRegister registers) {
		this.registers = registers;
	}

	/**
	 * One statement read from a document.
	 * @param document the XBRL instance
	 * @param ref how the run log names it when it is turned down
	 * @param listed the listing's entry for it, when it came from the listing
	 * @param settings the region
	 */
	SourceRecord record(InputStream document, String ref, @Nullable ListingEntry listed, SourceSettings settings) {
		try {
			return read(document, listed, settings);
		}
		catch (RecordProblem problem) {
			return problem.toRejection(ref);
		}
	}

	private SourceRecord read(InputStream document, @Nullable ListingEntry listed, SourceSettings settings) {
		var statement = XbrlStatement.read(document);
		checkListed(statement, listed);
		var id = statement.businessId() + "/" + statement.periodEnd();
		if (!inRegion(Set.of(statement.businessId()), settings).contains(statement.businessId())) {
			return new SourceRecord.OutsideRegion(id);
		}
		return new SourceRecord.Parsed(id, new Stored(statement, listed == null ? null : listed.registered()));
	}

	private static void checkListed(XbrlStatement statement, @Nullable ListingEntry listed) {
		if (listed != null && (!listed.businessId().equals(statement.businessId())
				|| !listed.financialDate().equals(statement.periodEnd()))) {
			throw new RecordProblem("opendata.reject.mismatch", statement.businessId() + " " + statement.periodEnd());
		}
	}

	/**
	 * Which of these companies are in the register in the region's municipalities (any
	 * municipality when the region is open).
	 */
	Set<String> inRegion(Set<String> businessIds, SourceSettings settings) {
		return registers.inMunicipalities(businessIds, settings.municipalities());
	}

	/**
	 * What is stored of a statement.
	 *
	 * @param statement its figures
	 * @param registered when PRH registered it, if known
	 */
	record Stored(XbrlStatement statement, @Nullable LocalDate registered) {
	}

}
