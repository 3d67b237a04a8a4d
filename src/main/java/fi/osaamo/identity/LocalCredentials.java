package fi.osaamo.identity;

/**
 * A local account's credentials, for the sign-in check only.
 *
 * @param person the account's owner
 * @param username the user name
 * @param passwordHash the encoded password
 * @param enabled whether the account may sign in
 */
public record LocalCredentials(PersonSummary person, String username, String passwordHash, boolean enabled) {

	@Override
	public String toString() {
		return "LocalCredentials[" + username + "]";
	}

}
