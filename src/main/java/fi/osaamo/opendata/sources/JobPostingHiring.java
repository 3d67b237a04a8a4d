package fi.osaamo.opendata.sources;

import fi.osaamo.organisation.BusinessId;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The hiring organisation of a schema.org JobPosting: its name and its business ID, which
 * comes as a text or as a PropertyValue.
 *
 * @param name the organisation's name
 * @param businessId its business ID, a valid one
 */
record JobPostingHiring(@Nullable String name, @Nullable String businessId) {

	static JobPostingHiring of(JsonNode posting) {
		var hiring = Fields.object(posting, "hiringOrganization");
		var name = Fields.text(hiring, "name", 300);
		return new JobPostingHiring(name, businessId(hiring.get("identifier")));
	}

	static @Nullable String businessId(@Nullable JsonNode identifier) {
		if (identifier == null || identifier.isNull()) {
			return null;
		}
		var value = value(identifier);
		if (value != null && !BusinessId.isValid(value)) {
			throw new RecordProblem("opendata.reject.businessId", value);
		}
		return value;
	}

	private static @Nullable String value(JsonNode identifier) {
		if (identifier.isObject()) {
			return Fields.text(identifier, "value", 40);
		}
		if (identifier.isString()) {
			return identifier.asString().strip();
		}
		throw new RecordProblem("opendata.reject.wrongType", "hiringOrganization.identifier");
	}

}
