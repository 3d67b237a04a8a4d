package fi.osaamo.dashboard;

import fi.osaamo.companies.NewFinancials;
import org.jspecify.annotations.Nullable;

/**
 * The form that records a fiscal year's key figures; kept as typed when the save is
 * refused.
 *
 * @param fiscalYear the fiscal year
 * @param revenue revenue in euros
 * @param operatingProfit operating profit in euros, a loss negative
 * @param personnel average personnel
 * @param source where the figures come from
 */
public record FinancialsForm(@Nullable Integer fiscalYear, @Nullable Long revenue, @Nullable Long operatingProfit,
		@Nullable Integer personnel, @Nullable String source) {

	static FinancialsForm empty(int lastYear) {
		return new FinancialsForm(lastYear, null, null, null, "");
	}

	NewFinancials toNewFinancials() {
		return new NewFinancials(fiscalYear, revenue, operatingProfit, personnel, source);
	}

	public String value(@Nullable Number number) {
		return number == null ? "" : number.toString();
	}

}
