package fi.osaamo.platform;

import org.jspecify.annotations.Nullable;

/**
 * The look of the signed-in user's organisation: a stylesheet that sets the CSS custom
 * properties of its colours, and its logo.
 *
 * @param organisationName shown beside the logo
 * @param stylesheetUrl a stylesheet setting {@code --brand} and friends, or none
 * @param logoUrl the logo image, or none
 */
public record Branding(@Nullable String organisationName, @Nullable String stylesheetUrl, @Nullable String logoUrl) {

	public static final Branding NONE = new Branding(null, null, null);

}
