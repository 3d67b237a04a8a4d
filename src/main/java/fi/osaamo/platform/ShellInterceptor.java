package fi.osaamo.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives every rendered page its {@link Shell} as the model attribute {@code shell}; JSON
 * responses and redirects do not pay for it.
 */
@Configuration(proxyBeanMethods = false)
class ShellInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	private final ShellFactory shells;

	ShellInterceptor(ShellFactory shells) {
		this.shells = shells;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).excludePathPatterns("/api/**");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView view) {
		if (view == null || !view.hasView() || view.getModelMap().containsAttribute("shell")) {
			return;
		}
		var name = view.getViewName();
		if (name != null && (name.startsWith("redirect:") || name.startsWith("forward:"))) {
			return;
		}
		view.addObject("shell", shells.shellFor(request));
	}

}
