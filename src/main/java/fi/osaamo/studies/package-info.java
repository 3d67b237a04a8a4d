/**
 * Studies (learning opportunities) of the region's schools and other providers: type,
 * provider, language, place or online, dates, duration, cost, link and the ESCO skills
 * they teach. Local corrections (a note, skills added or hidden) are kept beside the
 * original record, never over it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "taxonomy", "classification" })
@org.jspecify.annotations.NullMarked
package fi.osaamo.studies;
