package fi.osaamo.opendata.imports;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the open-data module, under {@code app.opendata}.
 *
 * @param batchSize records committed together
 * @param connectTimeout how long to wait for a source to answer a connection
 * @param readTimeout how long to wait for a source's response
 * @param retries how many times a failed request is tried again
 * @param backoff the first wait before a retry; it doubles each time
 * @param sources defaults per source, by id
 */
@ConfigurationProperties("app.opendata")
public record OpenDataProperties(@DefaultValue("200") int batchSize, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("30s") Duration readTimeout, @DefaultValue("3") int retries,
		@DefaultValue("500ms") Duration backoff, @DefaultValue Map<String, Source> sources) {

	/**
	 * A source's defaults.
	 *
	 * @param scheduled whether the schedule runs it
	 * @param cron when
	 * @param baseUrl where from
	 * @param municipalities the region's municipality codes
	 * @param perSecond requests per second the source is sent at most
	 */
	public record Source(@DefaultValue("false") boolean scheduled, @Nullable String cron, @Nullable String baseUrl,
			@DefaultValue List<String> municipalities, @DefaultValue("5") int perSecond) {
	}

	public Source source(String id) {
		var source = sources.get(id);
		return source != null ? source : new Source(false, null, null, List.of(), 5);
	}

}
