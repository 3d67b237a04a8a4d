package fi.osaamo.opendata.sources;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads a PRH company's addresses for {@link PrhCompanyReader}: street, post code, city
 * and municipality, the municipality codes checked against the classification.
 */
final class PrhAddresses {

	private final ClassificationManagement classifications;

	PrhAddresses(ClassificationManagement classifications) {
		this.classifications = classifications;
	}

	/** The visiting address (else the first), with the municipalities of all of them. */
	Address visiting(JsonNode node) {
		var municipalities = new LinkedHashSet<String>();
		@Nullable Address visiting = null;
		for (var address : Fields.array(node, "addresses")) {
			var parsed = address(address);
			municipalities.addAll(parsed.municipalities());
			if (visiting == null || "1".equals(parsed.type())) {
				visiting = parsed;
			}
		}
		return (visiting == null ? Address.NONE : visiting).in(List.copyOf(municipalities));
	}

	private Address address(JsonNode node) {
		Fields.requireObject(node);
		var street = street(node);
		var offices = new PostOffices();
		Fields.array(node, "postOffices").forEach(office -> office(office, offices));
		return new Address(Fields.code(node, "type", 2), street, Fields.text(node, "postCode", 10), offices.city,
				offices.municipality, List.copyOf(offices.municipalities));
	}

	private static @Nullable String street(JsonNode node) {
		var street = String.join(" ",
				Stream
					.of(Fields.text(node, "street", 200), Fields.text(node, "buildingNumber", 20),
							Fields.text(node, "entrance", 20), Fields.text(node, "apartmentNumber", 20))
					.filter(part -> part != null && !part.isBlank())
					.toList());
		return street.isBlank() ? null : street;
	}

	private void office(JsonNode office, PostOffices offices) {
		Fields.requireObject(office);
		var code = Fields.code(office, "municipalityCode", 3);
		if (code != null) {
			offices.municipalities.add(checkedMunicipality(code));
			offices.municipality = code;
		}
		if (offices.city == null || "1".equals(Fields.code(office, "languageCode", 2))) {
			offices.city = Fields.text(office, "city", 100);
		}
	}

	private String checkedMunicipality(String code) {
		if (classifications.municipality(code, Language.FI).isEmpty()) {
			throw new RecordProblem("opendata.reject.unknownCode", "municipalityCode: " + code);
		}
		return code;
	}

	/** An address's post offices as they are read: the city and the municipalities. */
	private static final class PostOffices {

		private @Nullable String city;

		private @Nullable String municipality;

		private final Set<String> municipalities = new LinkedHashSet<>();

	}

	record Address(@Nullable String type, @Nullable String street, @Nullable String postCode, @Nullable String city,
			@Nullable String municipality, List<String> municipalities) {

		static final Address NONE = new Address(null, null, null, null, null, List.of());

		Address in(List<String> all) {
			return new Address(type, street, postCode, city, municipality, all);
		}

	}

}
