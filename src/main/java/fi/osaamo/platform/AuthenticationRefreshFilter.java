package fi.osaamo.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies {@link AuthenticationRefresh} before any authorisation decision of a request,
 * and keeps the refreshed authentication in the session.
 */
class AuthenticationRefreshFilter extends OncePerRequestFilter {

	private final AuthenticationRefresh refresh;

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	AuthenticationRefreshFilter(AuthenticationRefresh refresh) {
		this.refresh = refresh;
	}

	/** Static files need no roles: no query for each stylesheet and script. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		var path = request.getRequestURI();
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
				|| path.startsWith("/webjars/") || path.equals("/favicon.ico");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var current = holder.getContext().getAuthentication();
		if (current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken)) {
			bringUpToDate(current, request, response);
		}
		chain.doFilter(request, response);
	}

	/**
	 * Brings the signed-in user's authentication up to date: a user who may no longer
	 * sign in is signed out, changed roles are kept in the session.
	 */
	private void bringUpToDate(Authentication current, HttpServletRequest request, HttpServletResponse response) {
		var refreshed = refresh.refresh(current);
		if (refreshed == null) {
			signOut(request);
		}
		else if (refreshed != current) {
			replace(refreshed, request, response);
		}
	}

	private void signOut(HttpServletRequest request) {
		holder.clearContext();
		var session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

	private void replace(Authentication refreshed, HttpServletRequest request, HttpServletResponse response) {
		var context = holder.createEmptyContext();
		context.setAuthentication(refreshed);
		holder.setContext(context);
		repository.saveContext(context, request, response);
	}

}
