package fi.osaamo.opendata.imports;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A source's settings as they are now: what an administrator saved over the configured
 * defaults.
 *
 * @param source the source's id
 * @param scheduled whether the schedule runs it
 * @param cron when (a Spring cron expression, Europe/Helsinki time)
 * @param baseUrl where it is fetched from
 * @param municipalities the municipality codes its records are limited to; empty for all
 * @param subscriptionKey the key the source asks for, if any
 * @param syncState what the last complete run left for the next incremental one
 * @param version the version for optimistic locking
 */
public record SourceSettings(String source, boolean scheduled, @Nullable String cron, @Nullable String baseUrl,
		Set<String> municipalities, @Nullable String subscriptionKey, @Nullable String syncState, int version) {

	/**
	 * Whether a record placed in these municipalities belongs to the region.
	 * @param codes the record's municipality codes
	 * @return whether it is kept
	 */
	public boolean inRegion(java.util.Collection<String> codes) {
		return municipalities.isEmpty() || codes.stream().anyMatch(municipalities::contains);
	}

	/**
	 * An address under the source's web address.
	 * @param path the path and query, starting with {@code /}
	 * @return the address
	 */
	public java.net.URI url(String path) {
		return java.net.URI.create(java.util.Objects.requireNonNull(baseUrl).replaceAll("/+$", "") + path);
	}

	public boolean hasKey() {
		return subscriptionKey != null && !subscriptionKey.isBlank();
	}

}
