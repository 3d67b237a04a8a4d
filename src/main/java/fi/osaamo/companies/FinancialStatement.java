package fi.osaamo.companies;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The key figures of a financial statement a company filed to the trade register, as
 * PRH's financial statements open data gives them. Source: Finnish Patent and
 * Registration Office (PRH).
 *
 * @param businessId the company
 * @param periodStart the first day of the fiscal period, if known
 * @param periodEnd its last day
 * @param revenue revenue in euros
 * @param operatingProfit operating profit (loss negative) in euros
 * @param profit profit for the period (loss negative) in euros
 * @param personnelExpenses personnel expenses in euros
 * @param registered when PRH registered the statement, if known
 */
public record FinancialStatement(String businessId, @Nullable LocalDate periodStart, LocalDate periodEnd,
		@Nullable Long revenue, @Nullable Long operatingProfit, @Nullable Long profit, @Nullable Long personnelExpenses,
		@Nullable LocalDate registered) {

	/**
	 * The fiscal year, as the year the period ended.
	 * @return the year
	 */
	public int fiscalYear() {
		return periodEnd.getYear();
	}

}
