package fi.osaamo.opendata.sources;

import tools.jackson.databind.JsonNode;

/**
 * Checks the codes of a Työmarkkinatori ad against the API's code sets: working time,
 * continuity, pay, start, cards and permits, language levels.
 */
final class TmtCodes {

	private final JsonNode codesets;

	TmtCodes(JsonNode codesets) {
		this.codesets = codesets;
	}

	void check(JsonNode node) {
		code(node, "tyoaika", "tyoaika");
		code(node, "tyonJatkuvuus", "tyonJatkuvuus");
		code(node, "palkanPeruste", "palkanPeruste");
		code(node, "tyoAlkaa", "tyoAlkaa");
		for (var card : TmtFields.strings(node, "kortitJaLuvat")) {
			requireCode("kortitJaLuvat", card);
		}
		for (var language : Fields.array(node, "kielitaito")) {
			languageLevel(language);
		}
	}

	private void languageLevel(JsonNode language) {
		Fields.requireObject(language);
		var level = Fields.text(language, "taso", 4);
		if (level != null) {
			requireCode("kielitaidonTaso", level);
		}
	}

	private void code(JsonNode node, String field, String codeset) {
		var value = Fields.code(node, field, 10);
		if (value != null) {
			requireCode(codeset, value);
		}
	}

	private void requireCode(String codeset, String value) {
		if (!codesets.path(codeset).has(value)) {
			throw new RecordProblem("opendata.reject.unknownCode", codeset + ": " + value);
		}
	}

}
