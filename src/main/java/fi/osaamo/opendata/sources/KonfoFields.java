package fi.osaamo.opendata.sources;

import java.util.List;
import java.util.regex.Pattern;

import fi.osaamo.studies.StudyType;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Konfo's own field conventions: Opintopolku oids, texts given in several languages, and
 * education types.
 */
final class KonfoFields {

	static final Pattern OID = Pattern.compile("1\\.2\\.246\\.562\\.\\d{2}\\.\\d{1,30}");

	private KonfoFields() {
	}

	/** An oid, checked to be one of Opintopolku's. */
	static String oid(JsonNode node, String field) {
		var oid = Fields.required(node, field, 60);
		if (!OID.matcher(oid).matches()) {
			throw new RecordProblem("opendata.reject.oid", oid);
		}
		return oid;
	}

	/**
	 * A text in the reader's language, else in Finnish, Swedish or English, whichever is
	 * there first.
	 */
	static @Nullable String localized(JsonNode names, String language, String field) {
		var text = Fields.text(names, language, 100_000);
		for (var codes = List.of("fi", "sv", "en").iterator(); text == null && codes.hasNext();) {
			text = Fields.text(names, codes.next(), 100_000);
		}
		return text == null ? null : shorten(text, field);
	}

	private static String shorten(String text, String field) {
		if (field.equals("kuvaus")) {
			return text;
		}
		if (text.length() > 300) {
			throw new RecordProblem("opendata.reject.tooLong", field + " (" + text.length() + " > 300)");
		}
		return text;
	}

	static StudyType type(@Nullable String type) {
		if (type == null) {
			return StudyType.MODULE;
		}
		return switch (type) {
			case "amk", "yo", "amm", "lk", "amm-tutkinnon-osa", "amm-osaamisala" -> StudyType.DEGREE;
			case "kk-opintojakso", "kk-opintokokonaisuus", "vapaa-sivistystyo-muu", "vapaa-sivistystyo-opistovuosi",
					"amm-muu", "tuva", "telma", "taiteen-perusopetus", "muu" ->
				StudyType.MODULE;
			default -> throw new RecordProblem("opendata.reject.unknownCode", "koulutustyyppi: " + type);
		};
	}

}
