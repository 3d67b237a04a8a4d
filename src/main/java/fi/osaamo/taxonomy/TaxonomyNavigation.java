package fi.osaamo.taxonomy;

import java.util.List;

import fi.osaamo.platform.NavItem;
import fi.osaamo.platform.NavigationContributor;
import org.springframework.stereotype.Component;

@Component
class TaxonomyNavigation implements NavigationContributor {

	@Override
	public List<NavItem> navigation() {
		return List.of(new NavItem("nav.taxonomy", "/taxonomy", 20, null),
				new NavItem("nav.taxonomyImport", "/taxonomy/import", 80, "ROLE_PLATFORM_ADMIN"));
	}

}
