package fi.osaamo.platform;

import org.jspecify.annotations.Nullable;

/**
 * How to reach the database as its owner. The platform's primary pool narrows this to the
 * {@link #APP_ROLE}; the identity module opens its own pool as the {@link #VAULT_ROLE}.
 *
 * @param url the JDBC URL
 * @param username the owner's user name
 * @param password the owner's password, if any
 */
public record DatabaseConnection(String url, String username, @Nullable String password) {

	/** The role every module's queries run as; it has no access to the identity vault. */
	public static final String APP_ROLE = "osaamo_app";

	/** The role of the identity vault; only the identity module connects as it. */
	public static final String VAULT_ROLE = "osaamo_vault";

}
