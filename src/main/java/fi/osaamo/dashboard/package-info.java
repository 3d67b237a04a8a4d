/**
 * The city growth team's dashboard (tool 2 of the spec): the region's companies from the
 * trade register with filters, sorting, pages and CSV and Excel exports; a company's page
 * with the team's account of it (account manager, contact log, needs, referrals to the
 * service catalogue); the service catalogue; and "My work". Only the growth team and
 * platform administrators open it; account-management records are the user's team's.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "identity", "organisation",
		"opendata", "classification", "companies", "competence", "taxonomy", "matching", "jobs", "studies" })
@org.jspecify.annotations.NullMarked
package fi.osaamo.dashboard;
