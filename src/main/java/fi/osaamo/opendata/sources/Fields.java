package fi.osaamo.opendata.sources;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads fields of a source record strictly: a wrong type, an overlong text or a bad date
 * turns the record down with a reason naming the field.
 */
final class Fields {

	private Fields() {
	}

	static @Nullable String text(JsonNode node, String field, int max) {
		var value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw new RecordProblem("opendata.reject.wrongType", field);
		}
		var text = checkLength(field, value.asString().strip(), max);
		return text.isEmpty() ? null : text;
	}

	private static String checkLength(String field, String text, int max) {
		if (text.length() > max) {
			throw new RecordProblem("opendata.reject.tooLong", field + " (" + text.length() + " > " + max + ")");
		}
		return text;
	}

	/**
	 * A code, which sources write as a string or as a whole number.
	 */
	static @Nullable String code(JsonNode node, String field, int max) {
		var value = node.get(field);
		if (value != null && value.isIntegralNumber()) {
			var text = value.asString();
			if (text.length() > max) {
				throw new RecordProblem("opendata.reject.tooLong", field);
			}
			return text;
		}
		return text(node, field, max);
	}

	static String required(JsonNode node, String field, int max) {
		var text = text(node, field, max);
		if (text == null) {
			throw new RecordProblem("opendata.reject.missing", field);
		}
		return text;
	}

	static @Nullable LocalDate date(JsonNode node, String field) {
		var text = text(node, field, 40);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
		}
		catch (DateTimeParseException ex) {
			throw new RecordProblem("opendata.reject.badDate", field + ": " + text);
		}
	}

	static JsonNode array(JsonNode node, String field) {
		var value = node.get(field);
		if (value == null || value.isNull()) {
			return tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
		}
		if (!value.isArray()) {
			throw new RecordProblem("opendata.reject.wrongType", field);
		}
		return value;
	}

	static JsonNode object(JsonNode node, String field) {
		var value = node.get(field);
		if (value == null || value.isNull()) {
			return tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
		}
		if (!value.isObject()) {
			throw new RecordProblem("opendata.reject.wrongType", field);
		}
		return value;
	}

	static void requireObject(JsonNode node) {
		if (!node.isObject()) {
			throw new RecordProblem("opendata.reject.notAnObject", node.getNodeType().name());
		}
	}

}
