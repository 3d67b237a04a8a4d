package fi.osaamo.opendata.profile;

import org.jspecify.annotations.Nullable;

/**
 * Import and export of a Työmarkkinatori profile.
 *
 * @param preview what an uploaded export would add, before confirming
 * @param export the uploaded export, carried to the confirmation (base64)
 * @param added how many skills the last import added
 * @param hasMapping whether the person has a mapping to export
 * @param errorKey what was wrong, as a message key
 */
public record TmtProfilePage(@Nullable ProfilePreview preview, @Nullable String export, @Nullable Integer added,
		boolean hasMapping, @Nullable String errorKey) {
}
