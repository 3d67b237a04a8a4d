package fi.osaamo.opendata.web;

import java.util.List;

import fi.osaamo.opendata.publish.ApiKeys;
import org.jspecify.annotations.Nullable;

/**
 * API keys of the open API.
 *
 * @param keys the issued keys
 * @param issued a key just issued, shown this once
 * @param revoked the name of a key just revoked
 * @param name the name as typed
 * @param perMinute the limit as typed
 * @param errorKey what was wrong, as a message key
 * @param errorArguments its arguments
 * @param anonymousPerMinute the limit without a key
 */
public record KeysPage(List<ApiKeys.Key> keys, @Nullable String issued, @Nullable String revoked, String name,
		String perMinute, @Nullable String errorKey, Object[] errorArguments, int anonymousPerMinute) {

	KeysPage withRevoked(@Nullable String name) {
		return new KeysPage(keys, issued, name, this.name, perMinute, errorKey, errorArguments, anonymousPerMinute);
	}

}
