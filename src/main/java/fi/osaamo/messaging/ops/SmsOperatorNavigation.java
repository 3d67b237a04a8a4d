package fi.osaamo.messaging.ops;

import java.util.List;

import fi.osaamo.platform.NavItem;
import fi.osaamo.platform.NavigationContributor;
import org.springframework.stereotype.Component;

@Component
class SmsOperatorNavigation implements NavigationContributor {

	@Override
	public List<NavItem> navigation() {
		return List.of(new NavItem("nav.sms", "/admin/sms", 86, "ROLE_PLATFORM_ADMIN"));
	}

}
