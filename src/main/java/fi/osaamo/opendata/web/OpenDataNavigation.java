package fi.osaamo.opendata.web;

import java.util.List;

import fi.osaamo.platform.NavItem;
import fi.osaamo.platform.NavigationContributor;
import org.springframework.stereotype.Component;

@Component
class OpenDataNavigation implements NavigationContributor {

	@Override
	public List<NavItem> navigation() {
		return List.of(new NavItem("nav.opendata", "/opendata", 85, "ROLE_PLATFORM_ADMIN"));
	}

}
