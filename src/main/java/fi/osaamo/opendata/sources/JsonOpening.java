package fi.osaamo.opendata.sources;

import java.util.Set;

import fi.osaamo.opendata.imports.SourceUnavailableException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finds where a JSON document's records start, for {@link JsonRecords}: a top-level
 * array, the first of the named arrays in a top-level object, or else the object itself.
 */
final class JsonOpening {

	private final JsonMapper json;

	private final ObjectReader reader;

	private final JsonParser parser;

	private final Set<String> arrayFields;

	JsonOpening(JsonMapper json, ObjectReader reader, JsonParser parser, Set<String> arrayFields) {
		this.json = json;
		this.reader = reader;
		this.parser = parser;
		this.arrayFields = arrayFields;
	}

	/**
	 * Moves to the first element of the records' array, or reads the one record there is.
	 * @return where the records are
	 */
	Start open() {
		var token = parser.nextToken();
		if (token == JsonToken.START_ARRAY) {
			return Start.ARRAY;
		}
		requireObject(token);
		if (arrayFields.isEmpty()) {
			return new Start(false, true, reader.<JsonNode>readValue(parser));
		}
		var buffered = bufferUntilArray();
		return buffered == null ? Start.ARRAY : new Start(false, false, buffered);
	}

	private void requireObject(@Nullable JsonToken token) {
		if (token == null) {
			throw new SourceUnavailableException("opendata.run.json.empty", "no JSON at all");
		}
		if (token != JsonToken.START_OBJECT) {
			throw new NotARecord(parser);
		}
	}

	/**
	 * Looks for one of the named arrays; an object without them is one record itself.
	 * @return the object read, or {@code null} when the parser is at a named array
	 */
	private @Nullable ObjectNode bufferUntilArray() {
		var buffered = json.createObjectNode();
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			var name = parser.currentName();
			if (parser.nextToken() == JsonToken.START_ARRAY && arrayFields.contains(name)) {
				return null;
			}
			buffered.set(name, reader.<JsonNode>readValue(parser));
		}
		return buffered;
	}

	/**
	 * Where a document's records are.
	 *
	 * @param array whether they are the elements of the array the parser is at
	 * @param whole whether the object is the whole document, read as is
	 * @param object the one record, when they are not in an array
	 */
	record Start(boolean array, boolean whole, @Nullable JsonNode object) {

		static final Start ARRAY = new Start(true, false, null);

	}

	/** A document that holds neither an object nor an array. */
	static final class NotARecord extends StreamReadException {

		NotARecord(JsonParser parser) {
			super(parser, "expected a JSON object or array", parser.currentTokenLocation());
		}

	}

}
