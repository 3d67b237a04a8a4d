package fi.osaamo.companies;

import java.time.Instant;

import fi.osaamo.identity.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * A company's key figures for one fiscal year, as the team recorded them.
 *
 * @param fiscalYear the fiscal year (the year it ended)
 * @param revenue revenue in euros, if known
 * @param operatingProfit operating profit (loss negative) in euros, if known
 * @param personnel average personnel, if known
 * @param source where the figures come from, e.g. the financial statements of the year
 * @param recordedBy who recorded them
 * @param recordedAt when
 */
public record Financials(int fiscalYear, @Nullable Long revenue, @Nullable Long operatingProfit,
		@Nullable Integer personnel, String source, PersonId recordedBy, Instant recordedAt) {
}
