package fi.osaamo.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Keeps the user name of a failed sign-in in the session, so the form shows it again and
 * the user types only the password.
 */
@Component
class LastUsername {

	static final String ATTRIBUTE = LastUsername.class.getName();

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		remember(String.valueOf(event.getAuthentication().getPrincipal()));
	}

	/**
	 * Keeps a name typed in a sign-in that failed without an event (a throttled one).
	 */
	static void remember(String name) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			attributes.getRequest().getSession().setAttribute(ATTRIBUTE, name.length() > 64 ? "" : name);
		}
	}

}
