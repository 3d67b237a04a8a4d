/**
 * The follow-up itself: status queries go out by SMS on the days the school's matrix
 * sets, and each answer, by SMS or through the personal link, is read against the options
 * of the query it answers.
 */
@org.jspecify.annotations.NullMarked
package fi.osaamo.coach.followup;
