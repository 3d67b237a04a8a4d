/**
 * The privacy notice: a numbered version in each language, which every signed-in user
 * must accept before using the service; a new version asks again. Acceptances are kept
 * with their time and version.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "identity", "organisation",
		"competence", "jobs", "content", "account", "matching" })
@org.jspecify.annotations.NullMarked
package fi.osaamo.privacy;
