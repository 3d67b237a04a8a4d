package fi.osaamo.dashboard;

import java.util.List;

import fi.osaamo.platform.NavItem;
import fi.osaamo.platform.NavigationContributor;
import org.springframework.stereotype.Component;

@Component
class DashboardNavigation implements NavigationContributor {

	@Override
	public List<NavItem> navigation() {
		return List.of(new NavItem("nav.dashboard", "/dashboard", 35, "ROLE_GROWTH_TEAM"));
	}

}
