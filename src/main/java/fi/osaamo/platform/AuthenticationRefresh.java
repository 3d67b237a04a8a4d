package fi.osaamo.platform;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/**
 * Brings a signed-in session's authentication up to date at the start of each request, so
 * that a role given or taken away takes effect on the next request of every session of
 * that person, not at their next sign-in. Implemented by the module that signs people in.
 */
public interface AuthenticationRefresh {

	/**
	 * The authentication as it holds now.
	 * @param current the authentication the session carries
	 * @return {@code current} itself when nothing changed, a new authentication with the
	 * person's current authorities, or {@code null} when the person no longer exists (the
	 * session is then ended)
	 */
	@Nullable Authentication refresh(Authentication current);

}
