package fi.osaamo.opendata.sources;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The schema.org values of a JobPosting that come in more than one shape, read as
 * {@link JobPostingFeed} keeps them: its type, its identifier and an ESCO term.
 */
final class JobPostingTerms {

	static final String ESCO = "http://data.europa.eu/esco/";

	private JobPostingTerms() {
	}

	/**
	 * Whether a posting's {@code @type}, one type or several, says it is a JobPosting.
	 */
	static boolean isJobPosting(@Nullable JsonNode type) {
		return type != null && (type.isString() ? type.asString().equals("JobPosting") : containsJobPosting(type));
	}

	private static boolean containsJobPosting(JsonNode types) {
		if (!types.isArray()) {
			return false;
		}
		for (var type : types) {
			if (type.isString() && type.asString().equals("JobPosting")) {
				return true;
			}
		}
		return false;
	}

	static Optional<String> identifier(JsonNode node) {
		var value = declaredIdentifier(node);
		if (value == null) {
			value = Fields.text(node, "@id", 200);
		}
		if (value == null) {
			value = Fields.text(node, "url", 200);
		}
		return Optional.ofNullable(value);
	}

	private static @Nullable String declaredIdentifier(JsonNode node) {
		var identifier = node.get("identifier");
		if (identifier != null && identifier.isObject()) {
			return Fields.text(identifier, "value", 200);
		}
		if (identifier != null && !identifier.isNull()) {
			return Fields.text(node, "identifier", 200);
		}
		return null;
	}

	/**
	 * The ESCO URI a term names, if it names one; plain words are not codes.
	 */
	static Optional<String> term(JsonNode node, String field) {
		var value = termValue(node, field);
		if (value == null || !value.startsWith(ESCO)) {
			return Optional.empty();
		}
		if (value.length() > 255) {
			throw new RecordProblem("opendata.reject.tooLong", field);
		}
		return Optional.of(value);
	}

	private static @Nullable String termValue(JsonNode node, String field) {
		if (node.isString()) {
			return node.asString();
		}
		if (node.isObject()) {
			return firstOf(node, "@id", "url", "termCode", "codeValue");
		}
		throw new RecordProblem("opendata.reject.wrongType", field);
	}

	private static @Nullable String firstOf(JsonNode node, String... fields) {
		for (var field : fields) {
			var value = Fields.text(node, field, 1000);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

}
