package fi.osaamo.coach.apprenticeships;

import java.util.List;

import fi.osaamo.platform.NavItem;
import fi.osaamo.platform.NavigationContributor;
import org.springframework.stereotype.Component;

@Component
class CoachNavigation implements NavigationContributor {

	@Override
	public List<NavItem> navigation() {
		return List.of(new NavItem("nav.coach", "/coach", 45, "ROLE_SCHOOL_STAFF"));
	}

}
