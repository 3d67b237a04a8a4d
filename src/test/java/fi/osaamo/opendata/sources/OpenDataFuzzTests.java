package fi.osaamo.opendata.sources;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.opendata.OpenDataFixtures;
import fi.osaamo.opendata.imports.ImportRun;
import fi.osaamo.opendata.imports.ImportRunner;
import fi.osaamo.opendata.imports.ImportRuns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Over a thousand malformed records in the sources' formats: truncated JSON, wrong types,
 * huge strings, invalid business IDs and unknown codes. Each record is turned down with a
 * reason that reads in every language, and a document cut short fails its run with one;
 * no run stays running, and no upload answers 500.
 */
@IntegrationTest
class OpenDataFuzzTests {

	static final JsonMapperHolder J = new JsonMapperHolder();

	final Random random = new Random(20261126);

	@Autowired
	ImportRunner runner;

	@Autowired
	ImportRuns runs;

	@Autowired
	MessageSource messages;

	@Autowired
	MockMvc mvc;

	@Autowired
	fi.osaamo.opendata.imports.SourceSettingsRepository settings;

	String regionCompany = "";

	@Test
	void everyMalformedCompanyIsRejectedWithAReason() throws Exception {
		var records = new ArrayList<JsonNode>();
		for (int i = 0; i < 400; i++) {
			records.add(brokenCompany(i));
		}
		assertAllRejected("prh-companies",
				OpenDataFixtures.companies(records.stream().map(ObjectNode.class::cast).toList(), records.size()),
				records.size());
	}

	@Test
	void everyMalformedJobPostingIsRejectedWithAReason() throws Exception {
		var graph = J.json.createArrayNode();
		for (int i = 0; i < 400; i++) {
			graph.add(brokenPosting(i));
		}
		var feed = J.json.createObjectNode().put("@context", "https://schema.org");
		feed.set("@graph", graph);
		assertAllRejected("jobposting-feed", J.json.writeValueAsString(feed), graph.size());
	}

	@Test
	void everyMalformedStudyIsRejectedWithAReason() throws Exception {
		var educations = J.json.createArrayNode();
		for (int i = 0; i < 250; i++) {
			educations.add(brokenEducation(i));
		}
		var body = J.json.createObjectNode();
		body.set("koulutukset", educations);
		assertAllRejected("konfo-studies", J.json.writeValueAsString(body), educations.size());
	}

	@Test
	void everyMalformedTyomarkkinatoriAdIsRejectedWithAReason() throws Exception {
		var ads = J.json.createArrayNode();
		for (int i = 0; i < 120; i++) {
			ads.add(brokenAd(i));
		}
		var body = J.json.createObjectNode().put("sivu", 0);
		body.set("tyopaikat", ads);
		assertAllRejected("tmt-jobs", J.json.writeValueAsString(body), ads.size());
	}

	@Test
	void everyMalformedFinancialStatementIsRejectedWithAReason() throws Exception {
		regionCompany = fi.osaamo.TestCompanies.businessId().value();
		var companies = Files.createTempFile("fuzz", ".json");
		Files.writeString(companies, OpenDataFixtures
			.companies(List.of(OpenDataFixtures.company(regionCompany, "Sumea Tilinpäätös Oy", "092", "VANTAA")), 1));
		OpenDataFixtures.region(settings, "prh-companies", java.util.Set.of("092"));
		OpenDataFixtures.region(settings, "prh-financials", java.util.Set.of("092"));
		assertThat(runner.runNow("prh-companies", ImportRun.Trigger.UPLOAD, companies).orElseThrow().created())
			.isEqualTo(1);
		var zip = new java.io.ByteArrayOutputStream();
		var count = 200;
		try (var out = new java.util.zip.ZipOutputStream(zip)) {
			for (int i = 0; i < count; i++) {
				out.putNextEntry(new java.util.zip.ZipEntry("statement-" + i + ".xml"));
				out.write(brokenStatement(i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
				out.closeEntry();
			}
		}
		var file = Files.createTempFile("fuzz", ".zip");
		Files.write(file, zip.toByteArray());
		assertAllRejected("prh-financials", file, count);
	}

	@Test
	void truncatedFilesFailWithAReasonAndNeverAnswer500() throws Exception {
		var admin = SignIn.as(mvc, "demo-admin");
		var documents = List.of(
				List.of("prh-companies",
						OpenDataFixtures.companies(List.of(OpenDataFixtures.company("Katkeava Oy", "092", "VANTAA"),
								OpenDataFixtures.company("Toinen Katkeava Oy", "092", "VANTAA")), 2)),
				List.of("jobposting-feed", JobPostingFeedSamples.FEED),
				List.of("konfo-studies", OpenDataFixtures.resource("konfo_koulutus_search_results_2023-01-18.json")));
		var runIds = new ArrayList<UUID>();
		for (int i = 0; i < 60; i++) {
			var document = documents.get(i % documents.size());
			var text = document.get(1);
			var cut = text.substring(0, 1 + random.nextInt(text.length() - 2));
			var location = upload(admin, document.get(0), cut);
			// The previous run is marked failed a moment before it lets go of the
			// source's lock:
			// an upload in that moment is answered "busy", as it should be; try again.
			for (int retry = 0; retry < 50 && location.endsWith("?notice=busy"); retry++) {
				Thread.sleep(100);
				location = upload(admin, document.get(0), cut);
			}
			assertThat(location).startsWith("/opendata/runs/");
			var run = await(UUID.fromString(location.substring("/opendata/runs/".length())));
			runIds.add(run.id());
			assertThat(run.status()).as(cut).isEqualTo(ImportRun.Status.FAILED);
			assertThat(run.messageKey()).as(cut).startsWith("opendata.run.json.");
			assertReadsInEveryLanguage(run.messageKey(), run.messageArguments());
			assertThat(String.join(" ", run.messageArguments())).as(cut).doesNotContain("Unexpected");
		}
		assertThat(runIds).hasSize(60);
	}

	void assertReadsInEveryLanguage(String key, List<String> arguments) {
		for (var locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("fi"), Locale.forLanguageTag("sv"))) {
			assertThat(messages.getMessage(key, arguments.toArray(), locale)).as(key)
				.isNotBlank()
				.doesNotContainPattern("\\{\\d");
		}
	}

	void assertAllRejected(String source, String document, int count) throws Exception {
		var file = Files.createTempFile("fuzz", ".json");
		Files.writeString(file, document);
		assertAllRejected(source, file, count);
	}

	void assertAllRejected(String source, java.nio.file.Path file, int count) throws Exception {
		var run = runner.runNow(source, ImportRun.Trigger.UPLOAD, file).orElseThrow();
		assertThat(run.status()).isEqualTo(ImportRun.Status.SUCCEEDED);
		assertThat(run.processed()).isEqualTo(count);
		assertThat(run.rejected()).isEqualTo(count);
		assertThat(run.created() + run.updated() + run.unchanged()).isZero();
		var rejections = runs.rejections(run.id(), 0, count);
		assertThat(rejections).hasSize(count);
		for (var rejection : rejections) {
			assertReadsInEveryLanguage(rejection.reasonKey(), rejection.reasonArguments());
		}
	}

	ImportRun await(UUID id) throws InterruptedException {
		for (int i = 0; i < 400; i++) {
			var run = runs.find(id).orElseThrow();
			if (!run.running()) {
				return run;
			}
			Thread.sleep(25);
		}
		throw new AssertionError("run " + id + " is stuck");
	}

	JsonNode brokenCompany(int i) {
		var company = OpenDataFixtures.company("Rikki " + i + " Oy", "092", "VANTAA");
		List<Consumer<ObjectNode>> breakages = List.of(
				c -> ((ObjectNode) c.get("businessId")).put("value", randomText(random.nextInt(12))),
				c -> ((ObjectNode) c.get("businessId")).put("value", wrongCheckDigit()), c -> c.remove("businessId"),
				c -> c.put("businessId", 112038), c -> ((ObjectNode) c.get("businessId")).putArray("value"),
				c -> ((ObjectNode) c.get("names").get(0)).put("name", "x".repeat(301 + random.nextInt(200_000))),
				c -> c.put("names", "Nokia"), c -> c.putArray("names"),
				c -> ((ObjectNode) c.get("mainBusinessLine")).put("type", "04" + random.nextInt(999)),
				c -> ((ObjectNode) c.get("mainBusinessLine")).put("type", randomText(5)),
				c -> ((ObjectNode) c.get("addresses").get(0).get("postOffices").get(0)).put("municipalityCode",
						"00" + random.nextInt(5)),
				c -> c.put("addresses", 7), c -> ((ObjectNode) c.get("addresses").get(0)).put("postOffices", true),
				c -> c.put("registrationDate", "18" + random.nextInt(99) + "-13-45"),
				c -> c.put("registrationDate", random.nextInt()), c -> ((ArrayNode) c.get("companyForms")).add(5),
				c -> c.put("status", "x".repeat(5 + random.nextInt(50))));
		breakages.get(i % breakages.size()).accept(company);
		return company;
	}

	JsonNode brokenPosting(int i) {
		var posting = (ObjectNode) J.json.readTree(JobPostingFeedSamples.FEED).get("@graph").get(0).deepCopy();
		posting.put("identifier", "fuzz-" + i);
		List<Consumer<ObjectNode>> breakages = List.of(c -> c.put("@type", "Event"), c -> c.remove("@type"),
				c -> c.remove("title"), c -> c.put("title", random.nextDouble()),
				c -> c.put("title", "t".repeat(301 + random.nextInt(100_000))), c -> c.putObject("title"),
				c -> c.putArray("skills").add("http://data.europa.eu/esco/skill/" + UUID.randomUUID()),
				c -> c.putArray("skills").add(42),
				c -> c.put("occupationalCategory", "http://data.europa.eu/esco/occupation/" + UUID.randomUUID()),
				c -> ((ObjectNode) c.get("hiringOrganization")).put("identifier", wrongCheckDigit()),
				c -> ((ObjectNode) c.get("hiringOrganization")).put("identifier", 1234567),
				c -> c.put("hiringOrganization", "Nokia"), c -> c.put("datePosted", "2026-02-30"),
				c -> c.put("validThrough", "2020-01-01"), c -> c.put("url", "javascript:alert(1)"),
				c -> c.put("jobLocation", 5), c -> {
					c.remove("identifier");
					c.remove("url");
				});
		breakages.get(i % breakages.size()).accept(posting);
		return posting;
	}

	JsonNode brokenEducation(int i) {
		var education = (ObjectNode) J.json
			.readTree(OpenDataFixtures.resource("konfo_koulutus_search_results_2023-01-18.json"))
			.get("koulutukset")
			.get(i % 4)
			.deepCopy();
		List<Consumer<ObjectNode>> breakages = List.of(c -> c.put("oid", "1.2.3." + random.nextInt()),
				c -> c.remove("oid"), c -> c.put("oid", random.nextLong()), c -> c.put("nimi", "Ensihoitaja"),
				c -> c.putObject("nimi"), c -> c.put("koulutustyyppi", "tuntematon-" + random.nextInt(100)),
				c -> c.put("toteutukset", "kaikki"), c -> c.put("kielivalinta", 3),
				c -> ((ObjectNode) c.get("toteutukset").get(0)).putArray("kunnat")
					.addObject()
					.put("koodiUri", "kunta_00" + random.nextInt(5)),
				c -> ((ObjectNode) c.get("toteutukset").get(0)).put("toteutusOid", "x" + i),
				c -> ((ObjectNode) c.get("toteutukset").get(0)).put("maksunMaara", -1 - random.nextInt(100)), c -> {
					var huge = "n".repeat(301 + random.nextInt(10_000));
					((ObjectNode) c.get("nimi")).put("fi", huge).put("sv", huge).put("en", huge);
				});
		breakages.get(i % breakages.size()).accept(education);
		return education;
	}

	JsonNode brokenAd(int i) {
		var ad = J.json.createObjectNode().put("ilmoituksenID", "tmt-fuzz-" + i).put("tyoaika", "01");
		ad.putObject("otsikko").put("fi", "Ilmoitus " + i);
		ad.putObject("sijainti").putArray("kunnat").add("092");
		List<Consumer<ObjectNode>> breakages = List.of(c -> c.remove("ilmoituksenID"), c -> c.put("ilmoituksenID", 5),
				c -> c.remove("otsikko"), c -> c.put("otsikko", "Hitsaaja"),
				c -> ((ObjectNode) c.get("otsikko")).put("fi", "o".repeat(301 + random.nextInt(50_000))),
				c -> c.put("tyoaika", "0" + (3 + random.nextInt(7))), c -> c.put("tyonJatkuvuus", "0203"),
				c -> c.putArray("kortitJaLuvat").add("0" + (96 + random.nextInt(4))),
				c -> c.putArray("kielitaito").addObject().put("kieli", "fi").put("taso", "C2"),
				c -> ((ArrayNode) c.get("sijainti").get("kunnat")).add("00" + random.nextInt(5)),
				c -> c.put("ilmoittajanYTunnus", wrongCheckDigit()),
				c -> c.putArray("osaamiset").add("http://data.europa.eu/esco/skill/" + UUID.randomUUID()),
				c -> c.putArray("ammatit").add(7), c -> c.put("julkaisupvm", "2026-13-01"),
				c -> c.put("julkaisupvm", "2026-11-02").put("hakuPaattyy", "2026-10-01"),
				c -> c.put("linkki", "ftp://example.org/" + i));
		breakages.get(i % breakages.size()).accept(ad);
		return ad;
	}

	String brokenStatement(int i) {
		// A company of the region, so a statement that read well would be stored.
		var statement = OpenDataFixtures.statement(regionCompany, 2024);
		List<java.util.function.UnaryOperator<String>> breakages = List.of(
				s -> s.substring(0, 1 + random.nextInt(s.length() - 10)), s -> randomText(random.nextInt(2000)),
				s -> s.replace(regionCompany, wrongCheckDigit()),
				s -> s.replace(regionCompany, randomText(random.nextInt(9))),
				s -> s.replace("Esimerkkikone Oy", "x".repeat(1001 + random.nextInt(100_000))),
				s -> s.replace("84210.00", "x" + randomText(random.nextInt(12))),
				s -> s.replace("84210.00", "1" + "0".repeat(15 + random.nextInt(40))),
				s -> s.replace("iso4217:EUR", "iso4217:" + randomText(3)),
				s -> s.replace("fi_MC:x689", "x" + random.nextInt(999) + ":x689"),
				s -> s.replace("<fi_met:di121 contextRef=\"c0\">2024-12-31",
						"<fi_met:di121 contextRef=\"c0\">2024-" + (13 + random.nextInt(80)) + "-45"),
				s -> s.replaceAll("fi_MC:x(673|689|740|5)<", "fi_MC:x" + (1000 + random.nextInt(999)) + "<"),
				s -> "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>" + randomText(50) + "</body></html>",
				s -> "<!DOCTYPE xbrl [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
						+ s.substring(s.indexOf("<xbrl")).replace("Esimerkkikone Oy", "&x;"),
				s -> "{\"financials\": [" + random.nextInt() + "]}", s -> "", s -> s.replace("contextRef=\"c4\"", ""),
				s -> s.replace("<fi_met:md103 contextRef=\"c4\"",
						"<fi_met:md103 contextRef=\"c" + (100 + random.nextInt(900)) + "\""),
				s -> s.replace("84210.00", "<b>84210</b>"));
		return breakages.get(i % breakages.size()).apply(statement);
	}

	String wrongCheckDigit() {
		var id = fi.osaamo.TestCompanies.businessId().value();
		var wrong = (id.charAt(8) - '0' + 1 + random.nextInt(8)) % 10;
		return id.substring(0, 8) + wrong;
	}

	String randomText(int length) {
		var text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.append((char) (' ' + random.nextInt(94)));
		}
		return text.toString();
	}

	static final class JsonMapperHolder {

		final tools.jackson.databind.json.JsonMapper json = OpenDataFixtures.JSON;

	}

	private String upload(jakarta.servlet.http.Cookie admin, String source, String text) throws Exception {
		return mvc
			.perform(multipart("/opendata/sources/" + source + "/upload")
				.file(new MockMultipartFile("file", "cut.json", "application/json", text.getBytes()))
				.cookie(admin)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

}
