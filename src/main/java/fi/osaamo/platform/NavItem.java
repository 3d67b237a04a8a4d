package fi.osaamo.platform;

import org.jspecify.annotations.Nullable;

/**
 * One link of the main navigation.
 *
 * @param labelKey the message key of its label
 * @param href where it leads
 * @param order its place, low first
 * @param authority the authority a user needs to see it; {@link #SIGNED_IN} for any
 * signed-in user, {@code null} for everyone
 */
public record NavItem(String labelKey, String href, int order, @Nullable String authority) {

	public static final String SIGNED_IN = "SIGNED_IN";

}
