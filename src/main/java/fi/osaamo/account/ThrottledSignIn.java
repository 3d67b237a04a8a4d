package fi.osaamo.account;

import java.time.Duration;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password sign-in behind the throttle: an attempt that comes before the wait earlier
 * failures imposed (per user name and per client address) is refused without checking the
 * password, and every attempt is logged. A wrong name and a wrong password get the same
 * answer, and no account is ever locked, so an attacker can neither find out which names
 * exist nor lock someone out.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInAttempts attempts;

	ThrottledSignIn(LocalAccounts accounts, PasswordEncoder encoder, SignInAttempts attempts) {
		this.passwords = new DaoAuthenticationProvider(accounts::loadUserByUsername);
		this.passwords.setPasswordEncoder(encoder);
		this.attempts = attempts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		var username = String.valueOf(authentication.getPrincipal());
		var client = authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
		var wait = attempts.waitFor(client, username);
		if (!wait.isZero()) {
			throw throttled(client, username, wait);
		}
		return checkPassword(authentication, client, username);
	}

	private SignInThrottledException throttled(String client, String username, Duration wait) {
		attempts.record(client, username, SignInAttempt.Outcome.THROTTLED);
		LastUsername.remember(username);
		return new SignInThrottledException(wait);
	}

	private Authentication checkPassword(Authentication authentication, String client, String username) {
		try {
			var result = passwords.authenticate(authentication);
			attempts.record(client, username, SignInAttempt.Outcome.SUCCESS);
			return result;
		}
		catch (AuthenticationException ex) {
			attempts.record(client, username, SignInAttempt.Outcome.FAILURE);
			// Whatever the cause (no such name, wrong password, a disabled account), the
			// answer is the same.
			throw new BadCredentialsException("Bad credentials");
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/**
	 * An attempt made before the throttle's wait was over.
	 */
	static class SignInThrottledException extends AuthenticationException {

		private final Duration wait;

		SignInThrottledException(Duration wait) {
			super("Too many failed sign-ins; wait " + wait);
			this.wait = wait;
		}

		long seconds() {
			return Math.max(1, (wait.toMillis() + 999) / 1000);
		}

	}

}
