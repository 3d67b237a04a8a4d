package fi.osaamo.privacy;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import fi.osaamo.identity.PersonPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Stops a signed-in user who has not accepted the current privacy notice: pages redirect
 * to the notice, the API answers 403.
 */
@Component
class PrivacyGate implements HandlerInterceptor, WebMvcConfigurer {

	private static final String ACCEPTED = PrivacyGate.class.getName() + ".accepted";

	private final PrivacyManagement privacy;

	private final MessageSource messages;

	PrivacyGate(PrivacyManagement privacy, MessageSource messages) {
		this.privacy = privacy;
		this.messages = messages;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this)
			.excludePathPatterns("/privacy", "/privacy/**", "/login", "/logout", "/error", "/error/**", "/css/**",
					"/js/**", "/img/**", "/webjars/**", "/branding/**", "/actuator/**");
	}

	/**
	 * Whether the person accepted the version in force, remembered in the session so that
	 * most requests ask the database nothing.
	 */
	private boolean accepted(HttpServletRequest request, PersonPrincipal person) {
		var version = privacy.currentVersion();
		var session = request.getSession(false);
		if (session != null && Integer.valueOf(version).equals(session.getAttribute(ACCEPTED))) {
			return true;
		}
		var accepted = privacy.hasAccepted(person.personId(), version);
		if (accepted && session != null) {
			session.setAttribute(ACCEPTED, version);
		}
		return accepted;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof PersonPrincipal person)
				|| accepted(request, person)) {
			return true;
		}
		refuse(request, response);
		return false;
	}

	/** Answers the API with 403 and sends a page's reader to the notice. */
	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (request.getRequestURI().startsWith("/api/")) {
			forbid(request, response);
			return;
		}
		var target = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
		response.sendRedirect("/privacy/accept?continue=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
	}

	private void forbid(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.FORBIDDEN.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		var detail = messages.getMessage("privacy.mustAccept", null, RequestContextUtils.getLocale(request));
		response.getWriter()
			.write("{\"type\":\"/problems/privacy-notice-not-accepted\",\"status\":403,\"title\":\""
					+ detail.replace("\"", "'") + "\"}");
	}

}
