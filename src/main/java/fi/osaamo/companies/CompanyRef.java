package fi.osaamo.companies;

import org.jspecify.annotations.Nullable;

/**
 * The company a record is about, as the caller found it in the trade register.
 *
 * @param businessId its business ID
 * @param name its current name
 * @param industryCode its main line of business (TOL 2008), kept with each need for the
 * charts by industry
 */
public record CompanyRef(String businessId, String name, @Nullable String industryCode) {
}
