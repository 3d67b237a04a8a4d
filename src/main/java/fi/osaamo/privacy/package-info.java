/**
 * The privacy notice: a numbered version in each language, which every signed-in user
 * must accept before using the service; a new version asks again. Acceptances are kept
 * with their time and version. My data: everything about the person on one page they can
 * read (labels, names and dates in their language) and as the complete JSON download; and
 * the deletion of their account and data, complete or retried until it is. Every module
 * that holds personal data takes part through
 * {@link fi.osaamo.privacy.PersonalDataHolder}; this module knows only the identity
 * vault, which it reads first and deletes last.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "identity" })
@org.jspecify.annotations.NullMarked
package fi.osaamo.privacy;
