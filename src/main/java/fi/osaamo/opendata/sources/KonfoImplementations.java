package fi.osaamo.opendata.sources;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import fi.osaamo.opendata.imports.SourceSettings;
import fi.osaamo.opendata.sources.KonfoEducations.Implementation;
import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the implementations (toteutukset) of a Konfo education for
 * {@link KonfoEducations}: each one's name, provider, municipalities, teaching language,
 * dates and cost, keeping those taught in the region or online.
 */
final class KonfoImplementations {

	private static final Pattern MUNICIPALITY = Pattern.compile("kunta_(\\d{3})(#\\d+)?");

	private final Municipalities municipalities;

	KonfoImplementations(Municipalities municipalities) {
		this.municipalities = municipalities;
	}

	/** The implementations in the region or online, all of them read and checked. */
	List<Implementation> implementations(JsonNode all, String title, String language, SourceSettings settings) {
		var implementations = new ArrayList<Implementation>();
		for (var toteutus : all) {
			Fields.requireObject(toteutus);
			var implementation = implementation(toteutus, title, language);
			if (settings.inRegion(implementation.municipalities()) || implementation.online()) {
				implementations.add(implementation);
			}
		}
		return implementations;
	}

	private Implementation implementation(JsonNode node, String title, String language) {
		var oid = KonfoFields.oid(node, "toteutusOid");
		var name = KonfoFields.localized(Fields.object(node, "toteutusNimi"), language, "toteutusNimi");
		var provider = KonfoFields.localized(Fields.object(node, "oppilaitosNimi"), language, "oppilaitosNimi");
		var codes = municipalityCodes(node);
		var teachingLanguage = teachingLanguage(node, language);
		var costEur = cost(node);
		var online = Fields.array(node, "opetustavat").toString().contains("verkko");
		return new Implementation(oid, name == null ? title : name, provider == null ? "?" : provider,
				List.copyOf(codes), teachingLanguage, online, Fields.date(node, "alkamisaika"),
				Fields.date(node, "paattymisaika"), costEur);
	}

	/** The codes of the implementation's municipalities, each a known one. */
	private List<String> municipalityCodes(JsonNode node) {
		var codes = new ArrayList<String>();
		for (var kunta : Fields.array(node, "kunnat")) {
			codes.add(municipalityCode(kunta));
		}
		return codes;
	}

	private String municipalityCode(JsonNode kunta) {
		Fields.requireObject(kunta);
		var uri = Fields.required(kunta, "koodiUri", 40);
		var matcher = MUNICIPALITY.matcher(uri);
		if (!matcher.matches() || !municipalities.exists(matcher.group(1))) {
			throw new RecordProblem("opendata.reject.unknownCode", "kunnat: " + uri);
		}
		return matcher.group(1);
	}

	/** The first teaching language this application knows, else the education's. */
	private static String teachingLanguage(JsonNode node, String language) {
		for (var code : Fields.array(node, "opetuskielet")) {
			var parsed = code.isString() ? code.asString().replaceAll("^oppilaitoksenopetuskieli_\\d+#?\\d*$", "") : "";
			if (Language.fromCode(parsed).isPresent()) {
				return parsed;
			}
		}
		return language;
	}

	private static @Nullable BigDecimal cost(JsonNode node) {
		var cost = node.get("maksunMaara");
		if (cost == null || cost.isNull()) {
			return null;
		}
		if (!cost.isNumber() || cost.decimalValue().signum() < 0
				|| cost.decimalValue().compareTo(BigDecimal.valueOf(999_999)) > 0) {
			throw new RecordProblem("opendata.reject.wrongType", "maksunMaara");
		}
		return cost.decimalValue();
	}

}
