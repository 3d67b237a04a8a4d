package fi.osaamo.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Random;

import fi.osaamo.opendata.CompanyRegistry;
import fi.osaamo.opendata.OpenDataManagement;
import fi.osaamo.organisation.Organisation;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts the demo region's fictional companies into the trade-register data, so the growth
 * team's dashboard has companies to show without a network: it writes them in the format
 * of PRH's open-data API (YTJ v3) and imports that file through the same path as an
 * administrator's upload. Real companies come from PRH on the source's schedule.
 */
@Component
class DemoRegister {

	private static final Logger log = LoggerFactory.getLogger(DemoRegister.class);

	private static final String[] STREETS = { "Teollisuustie", "Satamakatu", "Kauppakatu", "Asemantie", "Konepajankuja",
			"Rantatie" };

	private final OrganisationManagement organisations;

	private final OpenDataManagement openData;

	private final CompanyRegistry registry;

	DemoRegister(OrganisationManagement organisations, OpenDataManagement openData, CompanyRegistry registry) {
		this.organisations = organisations;
		this.openData = openData;
		this.registry = registry;
	}

	/**
	 * Imports the demo companies unless the register data has them already.
	 */
	void seed() {
		var demo = organisations.list("", OrganisationType.COMPANY, 0, 500)
			.items()
			.stream()
			.filter(organisation -> organisation.businessId() != null)
			.toList();
		if (demo.isEmpty() || registry.find(demo.get(0).businessId().value()).isPresent()) {
			return;
		}
		var json = JsonMapper.builder().build();
		var body = json.createObjectNode();
		var companies = body.putArray("companies");
		var random = new Random(2027);
		for (var organisation : demo) {
			companies.add(company(json.createObjectNode(), organisation, random));
		}
		body.put("totalResults", companies.size());
		try {
			var file = Files.createTempFile("demo-register", ".json");
			try {
				Files.writeString(file, json.writeValueAsString(body));
				openData.importFile("prh-companies", file)
					.ifPresent(result -> log.info("Demo companies in the trade-register data: {}", result));
			}
			finally {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ObjectNode company(ObjectNode node, Organisation organisation, Random random) {
		var registered = LocalDate.of(1985 + random.nextInt(38), 1 + random.nextInt(12), 1 + random.nextInt(28))
			.toString();
		node.putObject("businessId")
			.put("value", organisation.businessId().value())
			.put("registrationDate", registered);
		node.putArray("names")
			.addObject()
			.put("name", organisation.name())
			.put("type", "1")
			.put("registrationDate", registered);
		if (organisation.industryCode() != null) {
			node.putObject("mainBusinessLine").put("type", organisation.industryCode());
		}
		var form = node.putArray("companyForms").addObject().put("type", "16").put("registrationDate", registered);
		var descriptions = form.putArray("descriptions");
		descriptions.addObject().put("languageCode", "1").put("description", "Osakeyhtiö");
		descriptions.addObject().put("languageCode", "2").put("description", "Aktiebolag");
		descriptions.addObject().put("languageCode", "3").put("description", "Limited company");
		if (organisation.municipalityCode() != null) {
			var address = node.putArray("addresses").addObject();
			address.put("type", 1)
				.put("street", STREETS[random.nextInt(STREETS.length)])
				.put("buildingNumber", String.valueOf(1 + random.nextInt(60)))
				.put("postCode", "0" + (1200 + random.nextInt(700)));
			address.putArray("postOffices")
				.addObject()
				.put("city", "RANTALA")
				.put("languageCode", "1")
				.put("municipalityCode", organisation.municipalityCode());
		}
		node.put("registrationDate", registered);
		node.put("status", "2");
		return node;
	}

}
