package fi.osaamo.account;

import java.util.List;

import fi.osaamo.platform.NavItem;
import fi.osaamo.platform.NavigationContributor;
import org.springframework.stereotype.Component;

@Component
class AccountNavigation implements NavigationContributor {

	@Override
	public List<NavItem> navigation() {
		return List.of(new NavItem("nav.profile", "/account", 90, NavItem.SIGNED_IN),
				new NavItem("nav.signIns", "/account/sign-ins", 87, "ROLE_PLATFORM_ADMIN"));
	}

}
