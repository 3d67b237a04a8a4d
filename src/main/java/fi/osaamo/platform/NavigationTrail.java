package fi.osaamo.platform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Works out where a page sits in the navigation: which link is current, and the
 * breadcrumb trail above it.
 */
final class NavigationTrail {

	private NavigationTrail() {
	}

	static boolean current(List<NavItem> navigation, String requestUri, NavItem item) {
		var path = path(requestUri);
		if (path == null) {
			return false;
		}
		return navigation.stream()
			.filter(candidate -> path.equals(candidate.href())
					|| (!candidate.href().equals("/") && path.startsWith(candidate.href() + "/")))
			.max(Comparator.comparingInt(candidate -> candidate.href().length()))
			.map(item::equals)
			.orElse(false);
	}

	static List<NavItem> trail(List<NavItem> navigation, String requestUri) {
		var path = path(requestUri);
		if (path == null || path.equals("/")) {
			return List.of();
		}
		var trail = new ArrayList<NavItem>();
		navigation.stream().filter(item -> item.href().equals("/")).findFirst().ifPresent(trail::add);
		section(navigation, path).ifPresent(trail::add);
		return trail;
	}

	/**
	 * The section a page below the front page belongs to: the longest link its path
	 * starts with.
	 */
	private static Optional<NavItem> section(List<NavItem> navigation, String path) {
		return navigation.stream()
			.filter(item -> !item.href().equals("/") && path.startsWith(item.href() + "/"))
			.max(Comparator.comparingInt(item -> item.href().length()));
	}

	private static @Nullable String path(String requestUri) {
		return UriComponentsBuilder.fromUriString(requestUri).build().getPath();
	}

}
