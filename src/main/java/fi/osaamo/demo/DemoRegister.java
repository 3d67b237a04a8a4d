package fi.osaamo.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

	/** How many demo companies have financial statements in the register data. */
	private static final int STATEMENTS = 8;

	private final OrganisationManagement organisations;

	private final OpenDataManagement openData;

	private final CompanyRegister registry;

	private final DemoUploads uploads;

	DemoRegister(OrganisationManagement organisations, OpenDataManagement openData, CompanyRegister registry,
			DemoUploads uploads) {
		this.organisations = organisations;
		this.openData = openData;
		this.registry = registry;
		this.uploads = uploads;
	}

	/**
	 * Imports the demo companies, and financial statements for some of them, unless the
	 * register data has them already.
	 */
	void seed() {
		var demo = demoCompanies();
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

	private List<Organisation> demoCompanies() {
		return organisations.list("", OrganisationType.COMPANY, 0, 500)
			.items()
			.stream()
			.filter(organisation -> organisation.businessId() != null)
			.toList();
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
		uploads.upload("prh-companies", ".json", "companies",
				file -> Files.writeString(file, json.writeValueAsString(body)));
	}

	/**
	 * Two fiscal years of made-up financial statements for some of the companies, written
	 * as PRH's financial statements open data serves them (XBRL) and imported as an
	 * upload, so the company page shows the register's figures beside the team's.
	 */
	private void statements(List<Organisation> companies) {
		var random = new Random(2028);
		var lastYear = LocalDate.now().getYear() - 1;
		uploads.upload("prh-financials", ".zip", "financial statements", file -> {
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
			var xml = DemoStatementXml.statement(company, year, revenue, Math.round(revenue * margin),
					Math.round(revenue * (0.25 + random.nextDouble() * 0.2)));
			write(zip, company.businessId().value() + "-" + year + ".xml", xml);
			revenue = Math.round(revenue * (0.9 + random.nextDouble() * 0.3));
		}
	}

	private static void write(ZipOutputStream zip, String name, String xml) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(xml.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
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
