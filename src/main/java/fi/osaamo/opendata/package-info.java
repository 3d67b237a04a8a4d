/**
 * Open data in and out. In: one adapter per national source (PRH/YTJ companies,
 * Opintopolku studies, schema.org JobPosting feeds, Työmarkkinatori job ads and
 * profiles), run by a shared import framework that upserts by the source's own id, keeps
 * only the region's records, logs every run with its counts and every rejected record
 * with its reason, commits per batch and never runs one source twice at a time. Out: a
 * public, rate-limited read API that publishes companies, open job tasks (JobPosting
 * JSON-LD), studies and suppressed competence statistics, with cursor pagination, ETags
 * and a change feed.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "identity", "organisation",
		"companies", "studies", "jobs", "competence", "taxonomy", "matching", "classification" })
@org.jspecify.annotations.NullMarked
package fi.osaamo.opendata;
