package fi.osaamo.platform;

import java.util.List;

import org.springframework.stereotype.Component;

@Component
class PlatformNavigation implements NavigationContributor {

	@Override
	public List<NavItem> navigation() {
		return List.of(new NavItem("nav.home", "/", 0, null));
	}

}
