package fi.osaamo.messaging.devphone;

import java.util.List;

import fi.osaamo.messaging.smpp.SmppEndpoint;
import fi.osaamo.platform.NavItem;
import fi.osaamo.platform.NavigationContributor;
import org.springframework.stereotype.Component;

/**
 * The simulated phones in the menu of every signed-in user, while the simulated SMSC is
 * in use, so that whoever tries the demo finds the messages Osaamo sent.
 */
@Component
class DevPhoneNavigation implements NavigationContributor {

	private final SmppEndpoint endpoint;

	DevPhoneNavigation(SmppEndpoint endpoint) {
		this.endpoint = endpoint;
	}

	@Override
	public List<NavItem> navigation() {
		return this.endpoint.simulator() == null ? List.of()
				: List.of(new NavItem("nav.devPhone", DevPhoneController.PATH, 97, NavItem.SIGNED_IN));
	}

}
