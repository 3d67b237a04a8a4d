package fi.osaamo.opendata.sources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.companies.RegisterEntry.Name;
import fi.osaamo.organisation.BusinessId;
import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads one company of PRH's register into the {@link PrhCompany} that
 * {@link PrhCompanies} stores: its current name and form, its industry and visiting
 * address, its industry and municipality codes checked against the classifications.
 */
final class PrhCompanyReader {

	private final ClassificationManagement classifications;

	private final PrhAddresses addresses;

	PrhCompanyReader(ClassificationManagement classifications) {
		this.classifications = classifications;
		this.addresses = new PrhAddresses(classifications);
	}

	PrhCompany company(JsonNode node) {
		var named = named(node);
		var form = currentOf(Fields.array(node, "companyForms"));
		var line = Fields.object(node, "mainBusinessLine");
		var industry = industry(line);
		var address = addresses.visiting(node);
		return new PrhCompany(named.businessId(), named.current(), named.names(), formCode(form), formNames(form),
				industry, PrhDescriptions.of(line), address.municipality(), address.street(), address.postCode(),
				address.city(), Fields.text(Fields.object(node, "website"), "url", 300),
				Fields.date(node, "registrationDate"), Fields.date(node, "endDate"), Fields.code(node, "status", 4),
				Fields.text(node, "lastModified", 40), address.municipalities());
	}

	private static Named named(JsonNode node) {
		var businessId = Fields.required(Fields.object(node, "businessId"), "value", 20);
		if (!BusinessId.isValid(businessId)) {
			throw new RecordProblem("opendata.reject.businessId", businessId);
		}
		var names = names(node);
		return new Named(businessId, currentName(names).name(), List.copyOf(names));
	}

	private static @Nullable String formCode(@Nullable JsonNode form) {
		return form == null ? null : Fields.code(form, "type", 8);
	}

	private static Map<String, String> formNames(@Nullable JsonNode form) {
		return form == null ? Map.of() : PrhDescriptions.of(form);
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

	/** What names a company: its business ID, its current name and all its names. */
	private record Named(String businessId, String current, List<Name> names) {
	}

}
