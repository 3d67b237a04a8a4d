package fi.osaamo.platform;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

@Component
class ShellFactory {

	private final MessageSource messages;

	private final List<NavigationContributor> contributors;

	private final List<BrandingSource> brandingSources;

	private final List<FeatureSwitches> switches;

	ShellFactory(MessageSource messages, List<NavigationContributor> contributors, List<BrandingSource> brandingSources,
			List<FeatureSwitches> switches) {
		this.switches = switches;
		this.messages = messages;
		this.contributors = contributors;
		this.brandingSources = brandingSources;
	}

	Shell shellFor(HttpServletRequest request) {
		var language = Language.of(RequestContextUtils.getLocale(request));
		var csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		var authentication = signedIn(SecurityContextHolder.getContext().getAuthentication());
		return new Shell(language, requestUri(request), csrf == null ? "_csrf" : csrf.getParameterName(),
				csrf == null ? "X-CSRF-TOKEN" : csrf.getHeaderName(), csrf == null ? "" : csrf.getToken(),
				displayName(authentication), navigation(authentication), branding(authentication), messages,
				switches.stream().flatMap(source -> source.disabled().stream()).collect(Collectors.toUnmodifiableSet()),
				notice(request));
	}

	private static @Nullable Notice notice(HttpServletRequest request) {
		var flash = RequestContextUtils.getInputFlashMap(request);
		return flash != null && flash.get(Notice.ATTRIBUTE) instanceof Notice notice ? notice : null;
	}

	private static String requestUri(HttpServletRequest request) {
		var forwarded = (String) request.getAttribute("jakarta.servlet.error.request_uri");
		var uri = forwarded != null ? forwarded : request.getRequestURI();
		var query = forwarded != null ? null : request.getQueryString();
		return query == null ? uri : uri + "?" + query;
	}

	private static @Nullable Authentication signedIn(@Nullable Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return authentication;
	}

	private static @Nullable String displayName(@Nullable Authentication authentication) {
		if (authentication == null) {
			return null;
		}
		return authentication.getPrincipal() instanceof ShellUser user ? user.displayName() : authentication.getName();
	}

	private List<NavItem> navigation(@Nullable Authentication authentication) {
		var authorities = authentication == null ? List.<String>of()
				: authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
		return contributors.stream()
			.flatMap(contributor -> contributor.navigation().stream())
			.filter(item -> item.authority() == null || (authentication != null
					&& (NavItem.SIGNED_IN.equals(item.authority()) || authorities.contains(item.authority()))))
			.sorted(Comparator.comparingInt(NavItem::order))
			.toList();
	}

	private Branding branding(@Nullable Authentication authentication) {
		if (authentication == null) {
			return Branding.NONE;
		}
		return brandingSources.stream()
			.map(source -> source.brandingFor(authentication).orElse(null))
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(Branding.NONE);
	}

}
