package fi.osaamo.opendata.imports;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.stereotype.Component;

/**
 * HTTP for the sources: timeouts on connecting and reading, retries with exponential
 * back-off on network errors, 429 and 5xx answers, and a rate limit per source so Osaamo
 * never floods a national service.
 */
@Component
public class SourceHttp {

	static final String USER_AGENT = "Osaamo open-data import (+https://github.com/osaamo)";

	private final HttpClient client;

	private final OpenDataProperties properties;

	private final RetryTemplate retries;

	private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();

	SourceHttp(OpenDataProperties properties) {
		this.properties = properties;
		this.client = HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		this.retries = retries(properties);
	}

	private static RetryTemplate retries(OpenDataProperties properties) {
		return new RetryTemplate(RetryPolicy.builder()
			.maxRetries(properties.retries())
			.delay(properties.backoff())
			.multiplier(2)
			.maxDelay(Duration.ofSeconds(30))
			.includes(IOException.class, RetryableStatus.class)
			.build());
	}

	/**
	 * GETs a resource.
	 * @param source the source, for its rate limit
	 * @param uri what
	 * @param headers extra request headers, in place of the defaults of the same name
	 * @return the answer: 2xx or 304
	 * @throws SourceUnavailableException when the source answers with an error, or not at
	 * all after the retries
	 */
	public Answer get(String source, URI uri, Map<String, String> headers) {
		var limiter = limiters.computeIfAbsent(source, this::limiter);
		try {
			return retries.execute(() -> {
				limiter.acquirePermission();
				return send(uri, headers);
			});
		}
		catch (RetryException ex) {
			throw unavailable(uri, ex.getLastException());
		}
	}

	private static SourceUnavailableException unavailable(URI uri, Throwable last) {
		if (last instanceof SourceUnavailableException unavailable) {
			return unavailable;
		}
		return new SourceUnavailableException("opendata.run.unavailable", uri.getHost() + ": " + last, last);
	}

	private Answer send(URI uri, Map<String, String> headers) throws IOException, InterruptedException {
		var response = client.send(request(uri, headers), HttpResponse.BodyHandlers.ofByteArray());
		var status = response.statusCode();
		if (status == 429 || status >= 500) {
			throw new RetryableStatus(status);
		}
		if (status >= 400) {
			throw new SourceUnavailableException("opendata.run.refused", uri.getHost() + " answered " + status);
		}
		return new Answer(status, response.body(), response.headers().firstValue("ETag"),
				response.headers().firstValue("Last-Modified"));
	}

	private HttpRequest request(URI uri, Map<String, String> headers) {
		var request = HttpRequest.newBuilder(uri)
			.timeout(properties.readTimeout())
			.header("Accept", "application/json, application/ld+json")
			.header("User-Agent", USER_AGENT)
			.GET();
		headers.forEach(request::setHeader);
		return request.build();
	}

	private RateLimiter limiter(String source) {
		return RateLimiter.of(source,
				RateLimiterConfig.custom()
					.limitForPeriod(Math.max(1, properties.source(source).perSecond()))
					.limitRefreshPeriod(Duration.ofSeconds(1))
					.timeoutDuration(Duration.ofMinutes(1))
					.build());
	}

	/**
	 * A source's answer.
	 *
	 * @param status the HTTP status
	 * @param body the body
	 * @param etag its ETag
	 * @param lastModified its Last-Modified
	 */
	public record Answer(int status, byte[] body, Optional<String> etag, Optional<String> lastModified) {

		public boolean notModified() {
			return status == 304;
		}

	}

}
