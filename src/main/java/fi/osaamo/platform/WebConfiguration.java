package fi.osaamo.platform;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.RelativeRedirectFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Languages: the first visit takes the best of fi, sv and en from
 * {@code Accept-Language}; {@code ?lang=} switches and the choice is remembered in a
 * cookie.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final String LANGUAGE_COOKIE = "osaamo-lang";

	private static final List<Locale> SUPPORTED = List.of(Language.FI.locale(), Language.SV.locale(),
			Language.EN.locale());

	/**
	 * Redirects keep the path they were given: the servlet container would otherwise make
	 * them absolute from the request's Host header, which the client chooses.
	 */
	@Bean
	FilterRegistrationBean<RelativeRedirectFilter> relativeRedirects() {
		var filter = new RelativeRedirectFilter();
		filter.setRedirectStatus(HttpStatus.FOUND);
		var registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ControlCharacterFilter> controlCharacters(ProblemResponses problems) {
		var registration = new FilterRegistrationBean<>(new ControlCharacterFilter(problems));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
		return registration;
	}

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction(WebConfiguration::fromAcceptLanguage);
		return resolver;
	}

	private static Locale fromAcceptLanguage(HttpServletRequest request) {
		var header = request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return Language.FI.locale();
		}
		return lookup(header);
	}

	/**
	 * The supported language the header prefers, English for none, Finnish for a bad
	 * header.
	 */
	private static Locale lookup(String header) {
		try {
			var match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
			return match != null ? match : Language.EN.locale();
		}
		catch (IllegalArgumentException ex) {
			return Language.FI.locale();
		}
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageSwitch()).excludePathPatterns("/api/**");
	}

	/**
	 * Switches to the language named by {@code ?lang=} when it is one Osaamo serves.
	 */
	static final class LanguageSwitch implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			Language.fromCode(request.getParameter("lang")).ifPresent(language -> {
				var resolver = RequestContextUtils.getLocaleResolver(request);
				if (resolver != null) {
					resolver.setLocale(request, response, language.locale());
				}
			});
			return true;
		}

	}

}
