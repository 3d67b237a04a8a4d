package fi.osaamo.companies;

import org.jspecify.annotations.Nullable;

/**
 * Key figures of a fiscal year to record.
 *
 * @param fiscalYear the fiscal year
 * @param revenue revenue in euros
 * @param operatingProfit operating profit (loss negative) in euros
 * @param personnel average personnel
 * @param source where the figures come from
 */
public record NewFinancials(@Nullable Integer fiscalYear, @Nullable Long revenue, @Nullable Long operatingProfit,
		@Nullable Integer personnel, @Nullable String source) {
}
