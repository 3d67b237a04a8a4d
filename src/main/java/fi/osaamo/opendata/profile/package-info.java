/**
 * The import and export of a person's profile with Työmarkkinatori.
 */
@NullMarked
package fi.osaamo.opendata.profile;

import org.jspecify.annotations.NullMarked;
