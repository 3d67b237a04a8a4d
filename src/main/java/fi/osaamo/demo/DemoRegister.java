package fi.osaamo.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import fi.osaamo.companies.CompanyRegister;
import fi.osaamo.identity.PersonId;
import fi.osaamo.opendata.OpenDataManagement;
import fi.osaamo.organisation.Organisation;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts the demo region's fictional companies into the trade-register data, so the growth
 * team's dashboard has companies to show without a network: it writes them in the format
 * of PRH's open-data API (YTJ v3), and some of their financial statements in the format
 * of PRH's financial statements open data (XBRL), and imports those files through the
 * same path as an administrator's upload. Real companies come from PRH on the sources'
 * schedules.
 */
@Component
class DemoRegister {

	private static final Logger log = LoggerFactory.getLogger(DemoRegister.class);

	private static final String[] STREETS = { "Teollisuustie", "Satamakatu", "Kauppakatu", "Asemantie", "Konepajankuja",
			"Rantatie" };

	/** How many demo companies have financial statements in the register data. */
	private static final int STATEMENTS = 8;

	private final OrganisationManagement organisations;

	private final OpenDataManagement openData;

	private final CompanyRegister registry;

	DemoRegister(OrganisationManagement organisations, OpenDataManagement openData, CompanyRegister registry) {
		this.organisations = organisations;
		this.openData = openData;
		this.registry = registry;
	}

	/**
	 * Imports the demo companies, and financial statements for some of them, unless the
	 * register data has them already.
	 */
	void seed() {
		var demo = organisations.list("", OrganisationType.COMPANY, 0, 500)
			.items()
			.stream()
			.filter(organisation -> organisation.businessId() != null)
			.toList();
		if (demo.isEmpty()) {
			return;
		}
		if (registry.find(demo.get(0).businessId().value()).isEmpty()) {
			companies(demo);
		}
		if (registry.financialStatements(demo.get(0).businessId().value()).isEmpty()) {
			statements(demo.subList(0, Math.min(STATEMENTS, demo.size())));
		}
	}

	private void companies(java.util.List<Organisation> demo) {
		var json = JsonMapper.builder().build();
		var body = json.createObjectNode();
		var companies = body.putArray("companies");
		var random = new Random(2027);
		for (var organisation : demo) {
			companies.add(company(json.createObjectNode(), organisation, random));
		}
		body.put("totalResults", companies.size());
		upload("prh-companies", ".json", "companies", file -> Files.writeString(file, json.writeValueAsString(body)));
	}

	/**
	 * Two fiscal years of made-up financial statements for some of the companies, written
	 * as PRH's financial statements open data serves them (XBRL) and imported as an
	 * upload, so the company page shows the register's figures beside the team's.
	 */
	private void statements(java.util.List<Organisation> companies) {
		var random = new Random(2028);
		var lastYear = LocalDate.now().getYear() - 1;
		upload("prh-financials", ".zip", "financial statements", file -> {
			try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
				for (var company : companies) {
					var revenue = 400_000L + random.nextInt(9_000_000);
					for (int year = lastYear - 1; year <= lastYear; year++) {
						var margin = -0.06 + random.nextDouble() * 0.18;
						zip.putNextEntry(new ZipEntry(company.businessId().value() + "-" + year + ".xml"));
						zip.write(statement(company, year, revenue, Math.round(revenue * margin),
								Math.round(revenue * (0.25 + random.nextDouble() * 0.2)))
							.getBytes(StandardCharsets.UTF_8));
						zip.closeEntry();
						revenue = Math.round(revenue * (0.9 + random.nextDouble() * 0.3));
					}
				}
			}
		});
	}

	/**
	 * Writes a file in a source's format and imports it as an administrator's upload.
	 */
	private void upload(String source, String suffix, String what, FileWriter writer) {
		try {
			var file = Files.createTempFile("demo-" + source, suffix);
			try {
				writer.write(file);
				openData.importFile(source, file)
					.ifPresent(result -> log.info("Demo {} in the trade-register data: {}", what, result));
			}
			finally {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@FunctionalInterface
	private interface FileWriter {

		void write(java.nio.file.Path file) throws IOException;

	}

	private static String statement(Organisation company, int year, long revenue, long operatingProfit,
			long personnelExpenses) {
		var id = company.businessId().value();
		var end = year + "-12-31";
		var xml = new StringBuilder(
				"""
						<?xml version="1.0" encoding="UTF-8"?>
						<xbrl xmlns="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase"
						    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xbrldi="http://xbrl.org/2006/xbrldi"
						    xmlns:fi_met="http://www.suomi.fi/xbrl/crr/dict/met" xmlns:fi_dim="http://www.suomi.fi/xbrl/crr/dict/dim"
						    xmlns:fi_MC="http://www.suomi.fi/xbrl/crr/dict/dom/MC" xmlns:iso4217="http://www.xbrl.org/2003/iso4217">
						  <link:schemaRef xlink:type="simple"
						    xlink:href="http://www.valtiokonttori.fi/fi/fr/xbrl/crr/fws/oytp/kpl-2016-12/2019-03-28/mod/oytp_gaap_ind.xsd"/>
						  <unit id="EUR"><measure>iso4217:EUR</measure></unit>
						""");
		context(xml, "c0", id, end, null);
		xml.append("  <fi_met:si289 contextRef=\"c0\">").append(id).append("</fi_met:si289>\n");
		xml.append("  <fi_met:di120 contextRef=\"c0\">").append(year).append("-01-01</fi_met:di120>\n");
		xml.append("  <fi_met:di121 contextRef=\"c0\">").append(end).append("</fi_met:di121>\n");
		var figures = new java.util.LinkedHashMap<String, Long>();
		figures.put("x673", revenue);
		figures.put("x689", operatingProfit);
		figures.put("x740", Math.round(operatingProfit * 0.8));
		figures.put("x5", -personnelExpenses);
		for (var figure : figures.entrySet()) {
			context(xml, figure.getKey(), id, end, figure.getKey());
			xml.append("  <fi_met:md103 contextRef=\"")
				.append(figure.getKey())
				.append("\" unitRef=\"EUR\" decimals=\"0\">")
				.append(figure.getValue())
				.append("</fi_met:md103>\n");
		}
		return xml.append("</xbrl>\n").toString();
	}

	private static void context(StringBuilder xml, String contextId, String businessId, String end,
			@Nullable String lineItem) {
		xml.append("  <context id=\"")
			.append(contextId)
			.append("\"><entity><identifier scheme=\"http://ytj.fi\">")
			.append(businessId)
			.append("</identifier></entity><period><instant>")
			.append(end)
			.append("</instant></period>");
		if (lineItem != null) {
			xml.append("<scenario><xbrldi:explicitMember dimension=\"fi_dim:MCY\">fi_MC:")
				.append(lineItem)
				.append("</xbrldi:explicitMember></scenario>");
		}
		xml.append("</context>\n");
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

	/**
	 * Schedules the open sources that need no key, so that the demo keeps its region's
	 * companies and studies fresh.
	 * @param admin the platform administrator who schedules them
	 */
	void scheduleOpenSources(PersonId admin) {
		openData.scheduleOpenSources(admin);
	}

}
