/**
 * Matching people with job tasks, explained: for now the gap between a person's mapping
 * and a job task's required skills (matched, partly matched and missing skills with a
 * weighted coverage score), each part in words. A person reads it and decides; nothing is
 * decided for them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "identity", "privacy",
		"organisation", "competence", "jobs", "taxonomy", "studies" })
@org.jspecify.annotations.NullMarked
package fi.osaamo.matching;
