package fi.osaamo.account;

import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.PersonPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The sessions a person is signed in with, on any device. Each session is indexed by the
 * person's id at sign-in (whether by password or by e-identification), so that all of
 * them can be ended at once, for example when the account is deleted.
 */
@Service
public class SignedInSessions {

	private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);

	private final FindByIndexNameSessionRepository<?> sessions;

	SignedInSessions(FindByIndexNameSessionRepository<?> sessions) {
		this.sessions = sessions;
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		if (!(event.getAuthentication().getPrincipal() instanceof PersonPrincipal person)) {
			return;
		}
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			request.getSession()
				.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, person.personId().toString());
		}
	}

	/**
	 * Ends every session of a person.
	 * @param person the person
	 * @return how many sessions were ended
	 */
	public int endAll(PersonId person) {
		var ids = sessions.findByPrincipalName(person.toString()).keySet();
		ids.forEach(sessions::deleteById);
		log.info("Ended {} sessions of a person", ids.size());
		return ids.size();
	}

}
