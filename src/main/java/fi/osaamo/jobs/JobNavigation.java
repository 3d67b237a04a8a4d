package fi.osaamo.jobs;

import java.util.List;

import fi.osaamo.platform.NavItem;
import fi.osaamo.platform.NavigationContributor;
import org.springframework.stereotype.Component;

@Component
class JobNavigation implements NavigationContributor {

	@Override
	public List<NavItem> navigation() {
		return List.of(new NavItem("nav.jobs", "/jobs", 15, "ROLE_COMPANY_MEMBER"));
	}

}
