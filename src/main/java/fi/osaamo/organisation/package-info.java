/**
 * Organisations (the tenants: companies, the city, schools and the platform operator),
 * their members' roles and their branding. Every check of "may this person act for this
 * organisation" is answered here.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "platform", "identity", "privacy", "classification", "messaging" })
@org.jspecify.annotations.NullMarked
package fi.osaamo.organisation;
