package fi.osaamo.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import fi.osaamo.TestCompanies;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Records in the real source formats, derived from the recorded samples.
 */
public final class OpenDataFixtures {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private OpenDataFixtures() {
	}

	/**
	 * Limits a source to municipalities, whatever other tests set before.
	 */
	public static void region(fi.osaamo.opendata.imports.SourceSettingsRepository settings, String source,
			java.util.Set<String> municipalities) {
		var current = settings.current(source);
		settings.save(
				new fi.osaamo.opendata.imports.SourceSettings(source, false, current.cron(), current.baseUrl(),
						municipalities, null, null, current.version()),
				new fi.osaamo.identity.PersonId(java.util.UUID.randomUUID()));
	}

	public static String resource(String name) {
		try (var input = OpenDataFixtures.class.getResourceAsStream("/opendata/" + name)) {
			return new String(input.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The recorded Nokia record with another business ID, name and municipality.
	 */
	public static ObjectNode company(String businessId, String name, String municipalityCode, String city) {
		var company = (ObjectNode) JSON.readTree(resource("prh_ytj_v3_companies_businessId_0112038-9.json"))
			.get("companies")
			.get(0)
			.deepCopy();
		((ObjectNode) company.get("businessId")).put("value", businessId);
		((ObjectNode) company.get("names").get(0)).put("name", name);
		for (JsonNode address : company.get("addresses")) {
			for (JsonNode office : address.get("postOffices")) {
				((ObjectNode) office).put("municipalityCode", municipalityCode).put("city", city);
			}
		}
		return company;
	}

	public static ObjectNode company(String name, String municipalityCode, String city) {
		return company(TestCompanies.businessId().value(), name, municipalityCode, city);
	}

	/**
	 * The example financial statement (fiscal year 2024 of business ID 2345678-0) for
	 * another company and year.
	 */
	public static String statement(String businessId, int year) {
		return resource("prh_xbrl_financial_statement_example.xml").replace("2345678-0", businessId)
			.replace("2023-12-31", "PREVIOUS")
			.replace("2024-", year + "-")
			.replace("PREVIOUS", (year - 1) + "-12-31");
	}

	public static String companies(List<? extends JsonNode> companies, int total) {
		var body = JSON.createObjectNode();
		body.put("totalResults", total);
		ArrayNode array = body.putArray("companies");
		companies.forEach(array::add);
		return JSON.writeValueAsString(body);
	}

}
