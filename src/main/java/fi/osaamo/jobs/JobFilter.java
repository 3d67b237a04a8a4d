package fi.osaamo.jobs;

import java.util.List;
import java.util.UUID;

import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.LikePatterns;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a page of companies' job tasks is filtered and ordered by, bound to a statement's
 * parameters.
 *
 * @param organisations the companies
 * @param status only this status, or {@code null} for any
 * @param drafts whether drafts are included
 * @param query words in the title or description, stripped
 */
record JobFilter(UUID[] organisations, @Nullable String status, boolean drafts, String query) {

	private static final String SEARCH_ORDER = "title ilike :pattern desc, word_similarity(public.osaamo_fold(:query), search_text) desc, ";

	private static final String ORDER = "case status when 'OPEN' then 0 when 'DRAFT' then 1 else 2 end, apply_to nulls last, created_at desc, id"
			+ " limit :size offset :offset";

	static JobFilter of(List<OrganisationId> organisations, @Nullable JobStatus status, boolean drafts, String query) {
		return new JobFilter(organisations.stream().map(OrganisationId::value).toArray(UUID[]::new),
				status == null ? null : status.name(), drafts, query.strip());
	}

	/**
	 * The order of the page: the best matches first when searching, then open, drafts and
	 * closed tasks.
	 */
	String order() {
		return (query.isEmpty() ? "" : SEARCH_ORDER) + ORDER;
	}

	JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
		return statement.param("organisations", organisations)
			.param("status", status)
			.param("drafts", drafts)
			.param("query", query)
			.param("pattern", LikePatterns.containing(query));
	}

}
