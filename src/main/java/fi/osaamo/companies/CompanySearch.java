package fi.osaamo.companies;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What to look for among the registered companies.
 *
 * @param query words of the name or the business ID
 * @param industry a TOL 2008 section letter or a division (two digits)
 * @param municipality a municipality code
 * @param status active, ended, or any
 * @param sort the order
 * @param among only these business IDs (e.g. those of a size class the caller knows), or
 * {@code null} for any
 * @param excluding never these business IDs (e.g. those contacted lately)
 */
public record CompanySearch(String query, @Nullable String industry, @Nullable String municipality, Status status,
		Sort sort, @Nullable Set<String> among, Set<String> excluding) {

	public CompanySearch(String query, @Nullable String industry, @Nullable String municipality, Status status,
			Sort sort, @Nullable Set<String> among) {
		this(query, industry, municipality, status, sort, among, Set.of());
	}

	public CompanySearch(String query, @Nullable String industry, @Nullable String municipality, Status status,
			Sort sort) {
		this(query, industry, municipality, status, sort, null);
	}

	public enum Status {

		ANY, ACTIVE, ENDED

	}

	public enum Sort {

		NAME, NEWEST, MUNICIPALITY

	}

}
