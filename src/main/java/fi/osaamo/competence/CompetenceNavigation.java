package fi.osaamo.competence;

import java.util.List;

import fi.osaamo.platform.NavItem;
import fi.osaamo.platform.NavigationContributor;
import org.springframework.stereotype.Component;

@Component
class CompetenceNavigation implements NavigationContributor {

	@Override
	public List<NavItem> navigation() {
		return List.of(new NavItem("nav.competence", "/competence", 10, NavItem.SIGNED_IN),
				new NavItem("nav.sharedMappings", "/competence/shared", 40, "ROLE_HR"));
	}

}
