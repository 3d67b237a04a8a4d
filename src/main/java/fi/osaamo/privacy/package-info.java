/**
 * The privacy notice: a numbered version in each language, which every signed-in user
 * must accept before using the service; a new version asks again. Acceptances are kept
 * with their time and version. My data: everything about the person on one page they can
 * read (labels, names and dates in their language) and as the complete JSON download; and
 * the deletion of their account and data.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "identity", "organisation",
		"competence", "jobs", "content", "account", "matching", "taxonomy", "classification" })
@org.jspecify.annotations.NullMarked
package fi.osaamo.privacy;
