package fi.osaamo.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import fi.osaamo.companies.CompanyRegister;
import fi.osaamo.identity.PersonId;
import fi.osaamo.opendata.OpenDataManagement;
import fi.osaamo.organisation.Organisation;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

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

	private void companies(List<Organisation> demo) {
		var json = JsonMapper.builder().build();
		var body = json.createObjectNode();
		var companies = body.putArray("companies");
		var random = new Random(2027);
		for (var organisation : demo) {
			companies.add(DemoCompanyJson.company(json.createObjectNode(), organisation, random));
		}
		body.put("totalResults", companies.size());
		upload("prh-companies", ".json", "companies", file -> Files.writeString(file, json.writeValueAsString(body)));
	}

	/**
	 * Two fiscal years of made-up financial statements for some of the companies, written
	 * as PRH's financial statements open data serves them (XBRL) and imported as an
	 * upload, so the company page shows the register's figures beside the team's.
	 */
	private void statements(List<Organisation> companies) {
		var random = new Random(2028);
		var lastYear = LocalDate.now().getYear() - 1;
		upload("prh-financials", ".zip", "financial statements", file -> {
			try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
				for (var company : companies) {
					statements(zip, company, lastYear, random);
				}
			}
		});
	}

	/** The company's last two fiscal years, revenue changing by -10 % to +20 % a year. */
	private static void statements(ZipOutputStream zip, Organisation company, int lastYear, Random random)
			throws IOException {
		var revenue = 400_000L + random.nextInt(9_000_000);
		for (int year = lastYear - 1; year <= lastYear; year++) {
			var margin = -0.06 + random.nextDouble() * 0.18;
			zip.putNextEntry(new ZipEntry(company.businessId().value() + "-" + year + ".xml"));
			zip.write(DemoStatementXml
				.statement(company, year, revenue, Math.round(revenue * margin),
						Math.round(revenue * (0.25 + random.nextDouble() * 0.2)))
				.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			revenue = Math.round(revenue * (0.9 + random.nextDouble() * 0.3));
		}
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

		void write(Path file) throws IOException;

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
