/**
 * The demo region: on the first start against the embedded database, a fictional region
 * with its city, two schools, forty companies, about three hundred pseudonymous people
 * and one sign-in account per role. It never loads into an external database unless asked
 * for with {@code app.demo.enabled=true}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "identity", "organisation",
		"taxonomy", "competence", "jobs", "studies", "content", "opendata", "companies", "coach" })
@org.jspecify.annotations.NullMarked
package fi.osaamo.demo;
