/**
 * Competence mappings: a person's skills (ESCO) with proficiency levels, provenance and
 * strengths, the dated history of every level asserted, development targets, education
 * and work history, what the person shares with the HR specialists of their company (per
 * section, until an expiry date) and the log of every view of a shared mapping.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "identity", "privacy",
		"organisation", "taxonomy", "studies", "jobs", "account", "messaging", "classification" })
@org.jspecify.annotations.NullMarked
package fi.osaamo.competence;
