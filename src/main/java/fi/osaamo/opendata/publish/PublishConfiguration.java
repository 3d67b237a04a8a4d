package fi.osaamo.opendata.publish;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The open API's filters: the rate limit first, before anything else is spent on a
 * request, then ETags computed from the answer (a matching If-None-Match gets 304 Not
 * Modified).
 */
@Configuration(proxyBeanMethods = false)
class PublishConfiguration {

	static final String PATH = "/api/v1/open/*";

	@Bean
	FilterRegistrationBean<RateLimitFilter> openApiRateLimit(ApiKeys keys, fi.osaamo.platform.ProblemResponses problems,
			fi.osaamo.platform.RateLimits limits) {
		var registration = new FilterRegistrationBean<>(new RateLimitFilter(keys, problems, limits));
		registration.addUrlPatterns(PATH);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> openApiEtags() {
		var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
		registration.addUrlPatterns(PATH);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

}
