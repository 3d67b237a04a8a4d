package fi.osaamo.opendata.publish;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Opaque cursors for the open API: the last key of a page, base64url-encoded, so clients
 * cannot rely on what is inside.
 */
final class Cursor {

	private Cursor() {
	}

	static String encode(String key) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(("v1:" + key).getBytes(StandardCharsets.UTF_8));
	}

	static @Nullable String decode(@Nullable String cursor) {
		if (cursor == null || cursor.isBlank()) {
			return null;
		}
		try {
			return key(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("cursor", "validation.cursor");
		}
	}

	private static String key(String text) {
		if (!text.startsWith("v1:") || text.length() > 210) {
			throw new IllegalArgumentException(text);
		}
		return text.substring(3);
	}

	static java.util.UUID decodeUuid(@Nullable String cursor, java.util.function.Supplier<java.util.UUID> first) {
		var key = decode(cursor);
		if (key == null) {
			return first.get();
		}
		try {
			return java.util.UUID.fromString(key);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("cursor", "validation.cursor");
		}
	}

}
