package fi.osaamo.matching;

import java.util.List;

import fi.osaamo.platform.NavItem;
import fi.osaamo.platform.NavigationContributor;
import org.springframework.stereotype.Component;

@Component
class MatchingNavigation implements NavigationContributor {

	@Override
	public List<NavItem> navigation() {
		return List.of(new NavItem("nav.allocations", "/matching/allocations", 42, "ROLE_HR"),
				new NavItem("nav.aiRegister", "/matching/register", 85, "ROLE_PLATFORM_ADMIN"));
	}

}
