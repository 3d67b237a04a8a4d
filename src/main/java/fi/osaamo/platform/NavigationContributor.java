package fi.osaamo.platform;

import java.util.List;

/**
 * Implemented by modules that add links to the main navigation.
 */
public interface NavigationContributor {

	List<NavItem> navigation();

}
