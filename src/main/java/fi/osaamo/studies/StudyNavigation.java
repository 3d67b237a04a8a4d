package fi.osaamo.studies;

import java.util.List;

import fi.osaamo.platform.NavItem;
import fi.osaamo.platform.NavigationContributor;
import org.springframework.stereotype.Component;

@Component
class StudyNavigation implements NavigationContributor {

	@Override
	public List<NavItem> navigation() {
		return List.of(new NavItem("nav.studies", "/studies", 18, NavItem.SIGNED_IN));
	}

}
