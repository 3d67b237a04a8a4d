/**
 * The city growth team's dashboard (tool 2 of the spec): for now the region's companies
 * from the trade register, with filters, sorting, pages and a CSV export. Only the growth
 * team and platform administrators open it.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "platform", "identity", "opendata", "classification" })
@org.jspecify.annotations.NullMarked
package fi.osaamo.dashboard;
