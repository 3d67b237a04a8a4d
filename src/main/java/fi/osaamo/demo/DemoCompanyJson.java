package fi.osaamo.demo;

import java.time.LocalDate;
import java.util.Random;

import fi.osaamo.organisation.Organisation;
import tools.jackson.databind.node.ObjectNode;

/**
 * A demo company as PRH's open-data API (YTJ v3) gives a company: its business ID, name,
 * line of business, company form and address, with made-up dates and street addresses.
 */
final class DemoCompanyJson {

	private static final String[] STREETS = { "Teollisuustie", "Satamakatu", "Kauppakatu", "Asemantie", "Konepajankuja",
			"Rantatie" };

	private DemoCompanyJson() {
	}

	static ObjectNode company(ObjectNode node, Organisation organisation, Random random) {
		var registered = LocalDate.of(1985 + random.nextInt(38), 1 + random.nextInt(12), 1 + random.nextInt(28))
			.toString();
		names(node, organisation, registered);
		business(node, organisation, registered);
		if (organisation.municipalityCode() != null) {
			address(node.putArray("addresses").addObject(), organisation.municipalityCode(), random);
		}
		node.put("registrationDate", registered);
		node.put("status", "2");
		return node;
	}

	/** The business ID and the name. */
	private static void names(ObjectNode node, Organisation organisation, String registered) {
		node.putObject("businessId")
			.put("value", organisation.businessId().value())
			.put("registrationDate", registered);
		node.putArray("names")
			.addObject()
			.put("name", organisation.name())
			.put("type", "1")
			.put("registrationDate", registered);
	}

	/** The line of business, if known, and the company form: a limited company. */
	private static void business(ObjectNode node, Organisation organisation, String registered) {
		if (organisation.industryCode() != null) {
			node.putObject("mainBusinessLine").put("type", organisation.industryCode());
		}
		limitedCompany(node, registered);
	}

	private static void limitedCompany(ObjectNode node, String registered) {
		var form = node.putArray("companyForms").addObject().put("type", "16").put("registrationDate", registered);
		var descriptions = form.putArray("descriptions");
		descriptions.addObject().put("languageCode", "1").put("description", "Osakeyhtiö");
		descriptions.addObject().put("languageCode", "2").put("description", "Aktiebolag");
		descriptions.addObject().put("languageCode", "3").put("description", "Limited company");
	}

	private static void address(ObjectNode address, String municipality, Random random) {
		address.put("type", 1)
			.put("street", STREETS[random.nextInt(STREETS.length)])
			.put("buildingNumber", String.valueOf(1 + random.nextInt(60)))
			.put("postCode", "0" + (1200 + random.nextInt(700)));
		address.putArray("postOffices")
			.addObject()
			.put("city", "RANTALA")
			.put("languageCode", "1")
			.put("municipalityCode", municipality);
	}

}
