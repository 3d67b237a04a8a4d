/**
 * The apprenticeship coach (tool 3): apprentices in work-based learning are followed up
 * by text message, and their needs for help reach the person who can solve them. Schools
 * import their apprenticeships ({@link fi.osaamo.coach.CoachManagement}); the
 * apprentice's name and number live in the identity vault, the rest here.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "platform", "identity", "organisation", "messaging" })
@org.jspecify.annotations.NullMarked
package fi.osaamo.coach;
