package fi.osaamo.opendata.sources;

import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import fi.osaamo.opendata.imports.SourceUnavailableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * Says why a JSON document cannot be read, in words the run log translates: Jackson's own
 * messages are English and written for programmers, so only the kind of problem, where it
 * is (line and column) and the character it stumbled on are kept.
 */
final class JsonProblems {

	private static final Pattern CHARACTER_CODE = Pattern
		.compile("^(?:Unexpected|Illegal) character .*?\\bcode (\\d+)\\)");

	private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '([^']{1,40})");

	private static final Pattern CLOSE_MARKER = Pattern.compile("^Unexpected close marker '(.)'");

	private JsonProblems() {
	}

	/**
	 * Why a document ends the run.
	 * @param ex what the parser said
	 * @param parser where it was
	 * @return the failure, as a message key with line and column (and what was
	 * unexpected, when it is known)
	 */
	static SourceUnavailableException failure(JacksonException ex, JsonParser parser) {
		var arguments = new ArrayList<>(position(location(ex, parser)));
		var message = String.valueOf(ex.getOriginalMessage());
		var key = kind(ex);
		var unexpected = key == null ? unexpected(message) : null;
		if (unexpected != null) {
			arguments.add(unexpected);
		}
		key = key != null ? key : unexpected == null ? "opendata.run.json.syntax" : "opendata.run.json.unexpected";
		return new SourceUnavailableException(key, arguments, message, ex);
	}

	/**
	 * Where the problem is. A decoding error comes from the reader, which only the parser
	 * knows the place of.
	 */
	private static TokenStreamLocation location(JacksonException ex, JsonParser parser) {
		return ex.getLocation() != null && ex.getLocation().getLineNr() > 0 && !(ex instanceof JacksonIOException)
				? ex.getLocation() : parser.currentLocation();
	}

	/** The kind of problem, when the exception says it; else it is one of syntax. */
	private static @org.jspecify.annotations.Nullable String kind(JacksonException ex) {
		return ex instanceof UnexpectedEndOfInputException ? "opendata.run.json.cutShort"
				: ex instanceof StreamConstraintsException ? "opendata.run.json.tooLarge"
						: ex instanceof JsonOpening.NotARecord ? "opendata.run.json.notRecords"
								: ex instanceof JacksonIOException && ex.getCause() instanceof CharacterCodingException
										? "opendata.run.json.encoding" : null;
	}

	private static List<String> position(TokenStreamLocation location) {
		return List.of(Integer.toString(Math.max(1, location.getLineNr())),
				Integer.toString(Math.max(1, location.getColumnNr())));
	}

	/** The character or word the parser did not expect, as the reader should see it. */
	private static @org.jspecify.annotations.Nullable String unexpected(String message) {
		var code = CHARACTER_CODE.matcher(message);
		if (code.find()) {
			return visible(Integer.parseInt(code.group(1)));
		}
		var token = TOKEN.matcher(message);
		if (token.find()) {
			return token.group(1);
		}
		var marker = CLOSE_MARKER.matcher(message);
		return marker.find() ? marker.group(1) : null;
	}

	private static String visible(int codePoint) {
		if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint) || !Character.isDefined(codePoint)) {
			return String.format(Locale.ROOT, "U+%04X", codePoint);
		}
		return Character.toString(codePoint);
	}

}
