package fi.osaamo.opendata.sources;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import fi.osaamo.IntegrationTest;
import fi.osaamo.TestCompanies;
import fi.osaamo.identity.PersonId;
import fi.osaamo.companies.CompanyRegister;
import fi.osaamo.companies.FinancialStatement;
import fi.osaamo.opendata.OpenDataFixtures;
import fi.osaamo.opendata.imports.ImportRun;
import fi.osaamo.opendata.imports.ImportRunner;
import fi.osaamo.opendata.imports.ImportRuns;
import fi.osaamo.opendata.imports.SourceSettings;
import fi.osaamo.opendata.imports.SourceSettingsRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The financial statements import against PRH's financial statements API as WireMock
 * serves it inside the test JVM: the listing by registration date, the region's
 * statements fetched as XBRL, the others skipped unfetched, bad entries turned down with
 * their reasons, and reruns that change nothing.
 */
@IntegrationTest
class FinancialStatementsImportIntegrationTests {

	static final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String SOURCE = "prh-financials";

	@Autowired
	ImportRunner runner;

	@Autowired
	ImportRuns runs;

	@Autowired
	SourceSettingsRepository settings;

	@Autowired
	CompanyRegister registry;

	@Autowired
	Clock clock;

	String vantaa;

	String vantaaToo;

	String turku;

	@BeforeAll
	static void start() {
		server.start();
	}

	@AfterAll
	static void stop() {
		server.stop();
	}

	@BeforeEach
	void companiesAndSettings() throws IOException {
		server.resetAll();
		vantaa = TestCompanies.businessId().value();
		vantaaToo = TestCompanies.businessId().value();
		turku = TestCompanies.businessId().value();
		OpenDataFixtures.region(settings, "prh-companies", Set.of("092", "853"));
		var file = Files.createTempFile("prh", ".json");
		Files.writeString(file,
				OpenDataFixtures.companies(List.of(OpenDataFixtures.company(vantaa, "Tilinpäätös Oy", "092", "VANTAA"),
						OpenDataFixtures.company(vantaaToo, "Toinen Tilinpäätös Oy", "092", "VANTAA"),
						OpenDataFixtures.company(turku, "Turun Tilinpäätös Oy", "853", "TURKU")), 3));
		assertThat(runner.runNow("prh-companies", ImportRun.Trigger.UPLOAD, file).orElseThrow().created()).isEqualTo(3);
		var current = settings.current(SOURCE);
		settings.save(new SourceSettings(SOURCE, false, current.cron(), "http://127.0.0.1:" + server.port() + "/xbrl",
				Set.of("092"), null, null, current.version()), new PersonId(UUID.randomUUID()));
		settings.saveSyncState(SOURCE, "");
		// Every month of registrations is asked for; most have nothing.
		server.stubFor(get(urlPathEqualTo("/xbrl/all_financial_statements")).atPriority(10)
			.willReturn(okJson("{\"totalResults\":0,\"financials\":[]}")));
	}

	@Test
	void theRegionsStatementsAreImportedOthersAreNotFetchedAndRerunsChangeNothing() {
		listing(1, 5, Map.of(vantaa, "2024-12-31", vantaaToo, "2024-12-31", turku, "2024-12-31", "123", "2024-12-31"));
		listing(2, 5, Map.of(vantaa, "2023-12-31"));
		statement(vantaa, 2024);
		statement(vantaa, 2023);
		server.stubFor(get(urlPathEqualTo("/xbrl/financial")).withQueryParam("businessId", equalTo(vantaaToo))
			.willReturn(aResponse().withStatus(404)));

		var first = runner.runNow(SOURCE, ImportRun.Trigger.MANUAL, null).orElseThrow();

		assertThat(first.status()).isEqualTo(ImportRun.Status.SUCCEEDED);
		assertThat(first.processed()).isEqualTo(5);
		assertThat(first.created()).isEqualTo(2);
		assertThat(first.skipped()).isEqualTo(1);
		assertThat(first.rejected()).isEqualTo(2);
		assertThat(runs.rejections(first.id(), 0, 10)).extracting(ImportRun.Rejection::reasonKey)
			.containsExactlyInAnyOrder("opendata.reject.notFound", "opendata.reject.businessId");
		// The Turku company is outside the region: its document is never asked for.
		server.verify(0,
				getRequestedFor(urlPathEqualTo("/xbrl/financial")).withQueryParam("businessId", equalTo(turku)));
		server.verify(getRequestedFor(urlPathEqualTo("/xbrl/all_financial_statements"))
			.withQueryParam("registeredDateStart", equalTo("2023-07-01"))
			.withQueryParam("registeredDateEnd", equalTo("2023-07-31"))
			.withQueryParam("page", equalTo("1")));
		assertThat(registry.financialStatements(vantaa)).containsExactly(
				new FinancialStatement(vantaa, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), 1_254_301L,
						84_210L, 61_020L, 512_000L, LocalDate.of(2025, 4, 15)),
				new FinancialStatement(vantaa, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 1_254_301L,
						84_210L, 61_020L, 512_000L, LocalDate.of(2025, 4, 15)));
		assertThat(registry.financialStatements(turku)).isEmpty();
		var today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Helsinki")));
		assertThat(settings.current(SOURCE).syncState()).isEqualTo("registered:" + today);

		// The next run asks only for what was registered since.
		server.resetRequests();
		var next = runner.runNow(SOURCE, ImportRun.Trigger.MANUAL, null).orElseThrow();
		assertThat(next.status()).isEqualTo(ImportRun.Status.SUCCEEDED);
		server.verify(1, getRequestedFor(urlPathEqualTo("/xbrl/all_financial_statements")));
		server.verify(getRequestedFor(urlPathEqualTo("/xbrl/all_financial_statements"))
			.withQueryParam("registeredDateStart", equalTo(today.toString())));

		// Read again from the start, the same statements change nothing.
		settings.saveSyncState(SOURCE, "");
		var again = runner.runNow(SOURCE, ImportRun.Trigger.MANUAL, null).orElseThrow();
		assertThat(again.created() + again.updated()).isZero();
		assertThat(again.unchanged()).isEqualTo(2);
		assertThat(registry.financialStatements(vantaa)).hasSize(2);
	}

	@Test
	void aServiceThatStopsAnsweringFailsTheRunWithoutHalfAStatementAndTheNextRunCompletes() {
		listing(1, 1, Map.of(vantaa, "2024-12-31"));
		server.stubFor(get(urlPathEqualTo("/xbrl/financial")).willReturn(aResponse().withStatus(503)));

		var failed = runner.runNow(SOURCE, ImportRun.Trigger.MANUAL, null).orElseThrow();

		assertThat(failed.status()).isEqualTo(ImportRun.Status.FAILED);
		assertThat(failed.messageKey()).isEqualTo("opendata.run.unavailable");
		assertThat(registry.financialStatements(vantaa)).isEmpty();
		// Not done: the next run lists the same months again.
		assertThat(settings.current(SOURCE).syncState()).isEmpty();

		server.resetAll();
		server.stubFor(get(urlPathEqualTo("/xbrl/all_financial_statements")).atPriority(10)
			.willReturn(okJson("{\"totalResults\":0,\"financials\":[]}")));
		listing(1, 1, Map.of(vantaa, "2024-12-31"));
		statement(vantaa, 2024);
		var next = runner.runNow(SOURCE, ImportRun.Trigger.MANUAL, null).orElseThrow();

		assertThat(next.status()).isEqualTo(ImportRun.Status.SUCCEEDED);
		assertThat(next.created()).isEqualTo(1);
		assertThat(registry.financialStatements(vantaa)).extracting(FinancialStatement::fiscalYear)
			.containsExactly(2024);
	}

	@Test
	void anUploadedZipOfStatementsKeepsTheGoodOnesAndSaysWhyTheOthersWereNot() throws IOException {
		var zip = new ByteArrayOutputStream();
		try (var out = new ZipOutputStream(zip)) {
			entry(out, "2023.xml", OpenDataFixtures.statement(vantaaToo, 2023));
			entry(out, "2024.xml", OpenDataFixtures.statement(vantaaToo, 2024));
			entry(out, "turku.xml", OpenDataFixtures.statement(turku, 2024));
			entry(out, "readme.txt", "Tilinpäätökset 2023–2024");
		}
		var file = Files.createTempFile("statements", ".zip");
		Files.write(file, zip.toByteArray());

		var run = runner.runNow(SOURCE, ImportRun.Trigger.UPLOAD, file).orElseThrow();

		assertThat(run.status()).isEqualTo(ImportRun.Status.SUCCEEDED);
		assertThat(run.created()).isEqualTo(2);
		assertThat(run.skipped()).isEqualTo(1);
		assertThat(runs.rejections(run.id(), 0, 10)).singleElement()
			.satisfies(rejection -> assertThat(rejection.ref()).isEqualTo("readme.txt"))
			.satisfies(rejection -> assertThat(rejection.reasonArguments()).containsExactly("1", "1"))
			.extracting(ImportRun.Rejection::reasonKey)
			.isEqualTo("opendata.reject.xmlSyntax");
		assertThat(registry.financialStatements(vantaaToo)).extracting(FinancialStatement::fiscalYear)
			.containsExactly(2023, 2024);
		// An upload is not a listing: the next network run still starts where it was.
		assertThat(settings.current(SOURCE).syncState()).isEmpty();
	}

	@Test
	void aSingleUploadThatIsNoXbrlAtAllFailsTheRunSayingWhy() throws IOException {
		var png = Files.createTempFile("statement", ".xml");
		Files.write(png, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 });
		var failed = runner.runNow(SOURCE, ImportRun.Trigger.UPLOAD, png).orElseThrow();
		assertThat(failed.status()).isEqualTo(ImportRun.Status.FAILED);
		assertThat(failed.messageKey()).isEqualTo("opendata.run.wrongFormat");
		assertThat(failed.messageArguments()).containsExactly("PNG", "XBRL");

		var cut = Files.createTempFile("statement", ".xml");
		var statement = OpenDataFixtures.statement(vantaa, 2024);
		Files.writeString(cut, statement.substring(0, statement.length() / 2));
		var broken = runner.runNow(SOURCE, ImportRun.Trigger.UPLOAD, cut).orElseThrow();
		assertThat(broken.status()).isEqualTo(ImportRun.Status.FAILED);
		assertThat(broken.messageKey()).isEqualTo("opendata.reject.xmlSyntax");
		assertThat(broken.messageArguments()).hasSize(2);
		assertThat(broken.processed()).isZero();
	}

	void listing(int page, int total, Map<String, String> statements) {
		var body = JSON.createObjectNode().put("totalResults", total);
		var array = body.putArray("financials");
		statements.forEach((businessId, date) -> array.addObject()
			.put("businessId", businessId)
			.put("financialDate", date)
			.put("registrationDate", "2025-04-15"));
		server.stubFor(get(urlPathEqualTo("/xbrl/all_financial_statements")).atPriority(1)
			.withQueryParam("registeredDateStart", equalTo("2025-04-01"))
			.withQueryParam("page", equalTo(Integer.toString(page)))
			.willReturn(okJson(JSON.writeValueAsString(body))));
	}

	void statement(String businessId, int year) {
		server.stubFor(get(urlPathEqualTo("/xbrl/financial")).withQueryParam("businessId", equalTo(businessId))
			.withQueryParam("financialDate", equalTo(year + "-12-31"))
			.willReturn(aResponse().withHeader("Content-Type", "application/xml")
				.withBody(OpenDataFixtures.statement(businessId, year))));
	}

	static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
