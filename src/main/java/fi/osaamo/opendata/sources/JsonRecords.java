package fi.osaamo.opendata.sources;

import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;

import fi.osaamo.opendata.imports.RecordStream;
import fi.osaamo.opendata.imports.SourceRecord;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the records of a JSON document one at a time: the elements of a top-level array,
 * or of the first of the named arrays in a top-level object, or the object itself when it
 * has none. A document that breaks off or is not JSON ends the stream with one rejection
 * that says where.
 */
final class JsonRecords implements Iterator<SourceRecord> {

	private final JsonMapper json;

	// Reads one element at a time from the middle of a document.
	private final ObjectReader reader;

	private final JsonParser parser;

	private final Set<String> arrayFields;

	private final Function<JsonNode, SourceRecord> parse;

	private @Nullable SourceRecord next;

	private boolean started;

	private boolean finished;

	private boolean singleObject;

	private int position;

	JsonRecords(JsonMapper json, InputStream input, Set<String> arrayFields, Function<JsonNode, SourceRecord> parse) {
		this.json = json;
		this.reader = json.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
		this.parser = json.createParser(input);
		this.arrayFields = arrayFields;
		this.parse = parse;
	}

	static RecordStream stream(JsonMapper json, InputStream input, Set<String> arrayFields,
			Function<JsonNode, SourceRecord> parse) {
		var records = new JsonRecords(json, input, arrayFields, parse);
		return RecordStream.of(records, null, records.parser::close);
	}

	@Override
	public boolean hasNext() {
		if (next == null && !finished) {
			next = read();
		}
		return next != null;
	}

	@Override
	public SourceRecord next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		var current = next;
		next = null;
		return current;
	}

	private @Nullable SourceRecord read() {
		try {
			if (!started) {
				started = true;
				if (!openArray()) {
					return finish(null);
				}
				if (singleObject) {
					finished = true;
					return parse.apply(reader.<JsonNode>readValue(parser));
				}
			}
			var token = parser.nextToken();
			if (token == null || token == JsonToken.END_ARRAY) {
				return finish(null);
			}
			position++;
			JsonNode node = reader.<JsonNode>readValue(parser);
			return safely(node);
		}
		catch (JacksonException ex) {
			var location = parser.currentLocation();
			return finish(new SourceRecord.Rejected("#" + (position == 0 ? 1 : position),
					"opendata.reject.malformedJson", "line " + location.getLineNr() + ", column "
							+ location.getColumnNr() + ": " + ex.getOriginalMessage()));
		}
	}

	private SourceRecord safely(JsonNode node) {
		try {
			return parse.apply(node);
		}
		catch (RuntimeException ex) {
			if (ex instanceof JacksonException jackson) {
				throw jackson;
			}
			return new SourceRecord.Rejected("#" + position, "opendata.reject.unreadable", ex.getMessage());
		}
	}

	/**
	 * Moves to the first element of the records' array.
	 * @return whether there are records at all
	 */
	private boolean openArray() {
		var token = parser.nextToken();
		if (token == null) {
			return false;
		}
		if (token == JsonToken.START_ARRAY) {
			return true;
		}
		if (token != JsonToken.START_OBJECT) {
			throw new NotARecord(parser);
		}
		if (arrayFields.isEmpty()) {
			singleObject = true;
			return true;
		}
		// Look for one of the named arrays; an object without them is one record itself.
		var buffered = json.createObjectNode();
		while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
			var name = parser.currentName();
			var value = parser.nextToken();
			if (arrayFields.contains(name) && value == JsonToken.START_ARRAY) {
				return true;
			}
			buffered.set(name, reader.<JsonNode>readValue(parser));
		}
		finished = true;
		next = safely(buffered);
		return false;
	}

	private @Nullable SourceRecord finish(SourceRecord.@Nullable Rejected last) {
		finished = true;
		if (last == null && next != null) {
			var pending = next;
			next = null;
			return pending;
		}
		return last;
	}

	private static final class NotARecord extends tools.jackson.core.exc.StreamReadException {

		NotARecord(JsonParser parser) {
			super(parser, "expected a JSON object or array");
		}

	}

}
