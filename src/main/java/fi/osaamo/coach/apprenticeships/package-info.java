/**
 * Apprenticeships: imported from a school's student system (CSV upload with a preview, or
 * the JSON API), listed for the school's staff.
 */
@org.jspecify.annotations.NullMarked
package fi.osaamo.coach.apprenticeships;
