package fi.osaamo.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import fi.osaamo.companies.FinancialYear;
import fi.osaamo.companies.Financials;
import org.jspecify.annotations.Nullable;

/**
 * One row of the table: a filed statement or the figures the team recorded.
 *
 * @param fiscalYear the fiscal year (the year it ended)
 * @param periodEnd the last day of the fiscal period (31 December for recorded years)
 * @param revenue revenue in euros
 * @param operatingProfit operating profit in euros
 * @param personnel average personnel, as the team recorded it
 * @param personnelExpenses personnel expenses in euros, from a filed statement
 * @param period the filed statement's period as text, or null for recorded figures
 * @param recorded what the team recorded, or null for a filed statement
 */
public record FinancialsRow(int fiscalYear, LocalDate periodEnd, @Nullable Long revenue, @Nullable Long operatingProfit,
		@Nullable Integer personnel, @Nullable Long personnelExpenses, @Nullable String period,
		@Nullable Financials recorded) {

	static FinancialsRow of(FinancialYear year, DateTimeFormatter dates) {
		var start = year.periodStart();
		var period = year.filed() ? (start == null ? "" : dates.format(start) + "–") + dates.format(year.periodEnd())
				: null;
		return new FinancialsRow(year.fiscalYear(), year.periodEnd(), year.revenue(), year.operatingProfit(),
				year.personnel(), year.personnelExpenses(), period, year.recorded());
	}

	/**
	 * Whether the row comes from the trade register.
	 * @return whether it was filed
	 */
	public boolean filed() {
		return recorded == null;
	}

}
