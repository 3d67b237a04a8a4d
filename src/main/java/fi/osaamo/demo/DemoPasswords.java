package fi.osaamo.demo;

import java.security.SecureRandom;

import fi.osaamo.identity.IdentityManagement;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The demo accounts' password: the configured one or one generated for the run, set on
 * every demo account.
 */
@Component
class DemoPasswords {

	private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final DemoProperties properties;

	private final IdentityManagement identities;

	private final PasswordEncoder passwords;

	DemoPasswords(DemoProperties properties, IdentityManagement identities, PasswordEncoder passwords) {
		this.properties = properties;
		this.identities = identities;
		this.passwords = passwords;
	}

	/** The password for this run: the configured one, or one generated now. */
	String password() {
		return StringUtils.hasText(properties.password()) ? properties.password() : randomPassword();
	}

	String hash(String password) {
		return passwords.encode(password);
	}

	/** Sets the password of every demo account that exists. */
	void reset(String passwordHash) {
		for (var account : DemoRegion.ACCOUNTS) {
			identities.localCredentials(account.username())
				.ifPresent(credentials -> identities.changePasswordHash(credentials.person().id(), passwordHash));
		}
	}

	private static String randomPassword() {
		var random = new SecureRandom();
		var password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
		}
		return password.toString();
	}

}
