package fi.osaamo.companies;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * How many needs a team charted in a month for companies of one industry division.
 *
 * @param month the month the needs were charted in
 * @param division the companies' TOL 2008 division (two digits), if known
 * @param kind what kind of need
 * @param count how many
 */
public record NeedCount(YearMonth month, @Nullable String division, NeedKind kind, int count) {
}
