package fi.osaamo.companies;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A company's figures for one fiscal year from one source: a financial statement filed to
 * the trade register, or what a growth team recorded.
 *
 * @param fiscalYear the fiscal year (the year it ended)
 * @param periodStart the first day of a filed statement's period, if known
 * @param periodEnd the last day of the period (31 December for recorded years)
 * @param revenue revenue in euros
 * @param operatingProfit operating profit in euros
 * @param personnel average personnel, as the team recorded it
 * @param personnelExpenses personnel expenses in euros, from a filed statement
 * @param recorded what the team recorded, or null for a filed statement
 * @param ofRecord whether these are the year's figures of record: the register's latest
 * statement of the year wins over the team's figures
 */
public record FinancialYear(int fiscalYear, @Nullable LocalDate periodStart, LocalDate periodEnd,
		@Nullable Long revenue, @Nullable Long operatingProfit, @Nullable Integer personnel,
		@Nullable Long personnelExpenses, @Nullable Financials recorded, boolean ofRecord) {

	/**
	 * Whether the figures come from the trade register.
	 * @return whether they were filed
	 */
	public boolean filed() {
		return recorded == null;
	}

}
