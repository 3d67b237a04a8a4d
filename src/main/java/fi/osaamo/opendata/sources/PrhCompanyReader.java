package fi.osaamo.opendata.sources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.companies.RegisterEntry.Name;
import fi.osaamo.opendata.sources.PrhCompanies.Company;
import fi.osaamo.organisation.BusinessId;
import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads one company of PRH's register into the {@link Company} that {@link PrhCompanies}
 * stores: its current name and form, its industry and visiting address, its industry and
 * municipality codes checked against the classifications.
 */
final class PrhCompanyReader {

	private final ClassificationManagement classifications;

	PrhCompanyReader(ClassificationManagement classifications) {
		this.classifications = classifications;
	}

	Company company(JsonNode node) {
		var businessId = Fields.required(Fields.object(node, "businessId"), "value", 20);
		if (!BusinessId.isValid(businessId)) {
			throw new RecordProblem("opendata.reject.businessId", businessId);
		}
		var names = names(node);
		var current = currentName(names);
		var form = currentOf(Fields.array(node, "companyForms"));
		var line = Fields.object(node, "mainBusinessLine");
		var industry = industry(line);
		var municipalities = new LinkedHashSet<String>();
		Address visiting = null;
		for (var address : Fields.array(node, "addresses")) {
			Fields.requireObject(address);
			var parsed = address(address);
			municipalities.addAll(parsed.municipalities());
			if (visiting == null || "1".equals(parsed.type())) {
				visiting = parsed;
			}
		}
		return new Company(businessId, current.name(), List.copyOf(names),
				form == null ? null : Fields.code(form, "type", 8), form == null ? Map.of() : descriptions(form),
				industry, descriptions(line), visiting == null ? null : visiting.municipality(),
				visiting == null ? null : visiting.street(), visiting == null ? null : visiting.postCode(),
				visiting == null ? null : visiting.city(), Fields.text(Fields.object(node, "website"), "url", 300),
				Fields.date(node, "registrationDate"), Fields.date(node, "endDate"), Fields.code(node, "status", 4),
				Fields.text(node, "lastModified", 40), List.copyOf(municipalities));
	}

	private static @Nullable JsonNode currentOf(JsonNode forms) {
		JsonNode current = null;
		for (var form : forms) {
			Fields.requireObject(form);
			if (Fields.date(form, "endDate") == null) {
				current = form;
			}
		}
		return current;
	}

	/** The company's names, the latest first. */
	private static List<Name> names(JsonNode node) {
		var names = new ArrayList<Name>();
		for (var name : Fields.array(node, "names")) {
			Fields.requireObject(name);
			names.add(new Name(Fields.required(name, "name", 300), Fields.code(name, "type", 4),
					Fields.date(name, "registrationDate"), Fields.date(name, "endDate")));
		}
		names.sort(Comparator.comparing(Name::from, Comparator.nullsFirst(Comparator.naturalOrder())).reversed());
		return names;
	}

	/** The current main name (type 1), else any current name. */
	private static Name currentName(List<Name> names) {
		return names.stream()
			.filter(name -> "1".equals(name.type()) && name.to() == null)
			.findFirst()
			.or(() -> names.stream().filter(name -> name.to() == null).findFirst())
			.orElseThrow(() -> new RecordProblem("opendata.reject.missing", "names"));
	}

	/** The main business line's TOL 2008 code, if it is given and known. */
	private @Nullable String industry(JsonNode line) {
		var industry = Fields.code(line, "type", 10);
		if (industry != null
				&& (!industry.matches("\\d{2,5}") || classifications.industry(industry, Language.FI).isEmpty())) {
			throw new RecordProblem("opendata.reject.unknownCode", "mainBusinessLine: " + industry);
		}
		return industry;
	}

	private Address address(JsonNode node) {
		var street = String.join(" ",
				Stream
					.of(Fields.text(node, "street", 200), Fields.text(node, "buildingNumber", 20),
							Fields.text(node, "entrance", 20), Fields.text(node, "apartmentNumber", 20))
					.filter(part -> part != null && !part.isBlank())
					.toList());
		String city = null;
		String municipality = null;
		var municipalities = new LinkedHashSet<String>();
		for (var office : Fields.array(node, "postOffices")) {
			Fields.requireObject(office);
			var code = Fields.code(office, "municipalityCode", 3);
			if (code != null) {
				if (classifications.municipality(code, Language.FI).isEmpty()) {
					throw new RecordProblem("opendata.reject.unknownCode", "municipalityCode: " + code);
				}
				municipalities.add(code);
				municipality = code;
			}
			if (city == null || "1".equals(Fields.code(office, "languageCode", 2))) {
				city = Fields.text(office, "city", 100);
			}
		}
		return new Address(Fields.code(node, "type", 2), street.isBlank() ? null : street,
				Fields.text(node, "postCode", 10), city, municipality, List.copyOf(municipalities));
	}

	private static Map<String, String> descriptions(JsonNode node) {
		var names = new TreeMap<String, String>();
		for (var description : Fields.array(node, "descriptions")) {
			Fields.requireObject(description);
			var language = switch (String.valueOf(Fields.code(description, "languageCode", 2))) {
				case "1" -> "fi";
				case "2" -> "sv";
				case "3" -> "en";
				default -> null;
			};
			var text = Fields.text(description, "description", 300);
			if (language != null && text != null) {
				names.put(language, text);
			}
		}
		return names;
	}

	record Address(@Nullable String type, @Nullable String street, @Nullable String postCode, @Nullable String city,
			@Nullable String municipality, List<String> municipalities) {
	}

}
