package fi.osaamo.opendata.sources;

import java.io.InputStream;
import java.io.Reader;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import fi.osaamo.opendata.imports.RecordStream;
import fi.osaamo.opendata.imports.SourceRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * has none. A document that is not JSON at all (an image, say), is empty, or breaks off
 * ends the run as failed, saying where ({@link JsonProblems}); the records read before a
 * break are kept.
 */
final class JsonRecords implements Iterator<SourceRecord> {

	private static final Logger log = LoggerFactory.getLogger(JsonRecords.class);

	// Reads one element at a time from the middle of a document.
	private final ObjectReader reader;

	private final JsonParser parser;

	private final JsonOpening opening;

	private final Function<JsonNode, SourceRecord> parse;

	private @Nullable SourceRecord next;

	private boolean started;

	private boolean finished;

	private int position;

	JsonRecords(JsonMapper json, Reader input, Set<String> arrayFields, Function<JsonNode, SourceRecord> parse) {
		this.reader = json.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
		this.parser = json.createParser(input);
		this.opening = new JsonOpening(json, reader, parser, arrayFields);
		this.parse = parse;
	}

	static RecordStream stream(JsonMapper json, InputStream input, Set<String> arrayFields,
			Function<JsonNode, SourceRecord> parse) {
		var records = new JsonRecords(json, FileSignatures.utf8Text(input), arrayFields, parse);
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
			return started ? nextElement() : first();
		}
		catch (JacksonException ex) {
			finished = true;
			throw JsonProblems.failure(ex, parser);
		}
	}

	private @Nullable SourceRecord first() {
		started = true;
		var start = opening.open();
		if (start.array()) {
			return nextElement();
		}
		finished = true;
		var object = Objects.requireNonNull(start.object());
		return start.whole() ? parse.apply(object) : safely(object);
	}

	private @Nullable SourceRecord nextElement() {
		var token = parser.nextToken();
		if (token == null || token == JsonToken.END_ARRAY) {
			finished = true;
			return null;
		}
		position++;
		return safely(reader.<JsonNode>readValue(parser));
	}

	private SourceRecord safely(JsonNode node) {
		try {
			return parse.apply(node);
		}
		catch (RuntimeException ex) {
			if (ex instanceof JacksonException jackson) {
				throw jackson;
			}
			log.warn("Could not read record #{}", position, ex);
			return new SourceRecord.Rejected("#" + position, "opendata.reject.unreadable", null);
		}
	}

}
