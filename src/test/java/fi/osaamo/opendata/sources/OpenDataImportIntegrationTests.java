package fi.osaamo.opendata.sources;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import fi.osaamo.IntegrationTest;
import fi.osaamo.identity.PersonId;
import fi.osaamo.opendata.OpenDataFixtures;
import fi.osaamo.opendata.imports.ImportRun;
import fi.osaamo.opendata.imports.ImportRunner;
import fi.osaamo.opendata.imports.ImportRuns;
import fi.osaamo.opendata.imports.SourceSettings;
import fi.osaamo.opendata.imports.SourceSettingsRepository;
import fi.osaamo.studies.StudyManagement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The imports against recorded responses in the sources' real formats, served by WireMock
 * inside the test JVM.
 */
@IntegrationTest
class OpenDataImportIntegrationTests {

	static final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	static final PersonId ADMIN = new PersonId(UUID.randomUUID());

	@Autowired
	ImportRunner runner;

	@Autowired
	ImportRuns runs;

	@Autowired
	SourceSettingsRepository settings;

	@Autowired
	StudyManagement studies;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void start() {
		server.start();
	}

	@AfterAll
	static void stop() {
		server.stop();
	}

	@BeforeEach
	void reset() {
		server.resetAll();
	}

	void configure(String source, String path, Set<String> municipalities) {
		var current = settings.current(source);
		settings.save(new SourceSettings(source, false, current.cron(), "http://127.0.0.1:" + server.port() + path,
				municipalities, null, null, current.version()), ADMIN);
	}

	ImportRun run(String source) {
		return runner.runNow(source, ImportRun.Trigger.MANUAL, null).orElseThrow();
	}

	@Test
	void importsTheRegionsCompaniesAndARerunChangesNothing() {
		configure("prh-companies", "/prh", Set.of("092", "049"));
		var vantaa = List.of(OpenDataFixtures.company("Hitsaamo Vantaa Oy", "092", "VANTAA"),
				OpenDataFixtures.company("Koneistamo Tikkurila Oy", "092", "VANTAA"));
		// The API searches by place name, which also finds a company registered
		// elsewhere.
		var turku = OpenDataFixtures.company("Turun Telakka Oy", "853", "TURKU");
		var nokia = OpenDataFixtures.JSON
			.readTree(OpenDataFixtures.resource("prh_ytj_v3_companies_businessId_0112038-9.json"))
			.get("companies")
			.get(0);
		stubCompanies("Vantaa", 1, List.of(vantaa.get(0), vantaa.get(1), turku), 3);
		stubCompanies("Espoo", 1, List.of(nokia), 1);

		var first = run("prh-companies");

		assertThat(first.status()).isEqualTo(ImportRun.Status.SUCCEEDED);
		assertThat(first.created()).isEqualTo(3);
		assertThat(first.skipped()).isEqualTo(1);
		assertThat(first.rejected()).isZero();
		var stored = jdbc.sql("""
				select name, municipality_code, industry_code, company_form, registration_date::text
				from companies.register_company where business_id = '0112038-9'""").query().singleRow();
		assertThat(stored).containsEntry("name", "Nokia Oyj")
			.containsEntry("municipality_code", "049")
			.containsEntry("industry_code", "70100")
			.containsEntry("company_form", "17")
			.containsEntry("registration_date", "1896-12-19");
		assertThat(jdbc.sql("select count(*) from companies.register_company where name = 'Turun Telakka Oy'")
			.query(Integer.class)
			.single()).isZero();
		server.verify(getRequestedFor(urlPathEqualTo("/prh/companies")).withQueryParam("location", equalTo("Vantaa")));

		var second = run("prh-companies");

		assertThat(second.status()).isEqualTo(ImportRun.Status.SUCCEEDED);
		assertThat(second.created()).isZero();
		assertThat(second.updated()).isZero();
		assertThat(second.unchanged()).isEqualTo(3);
	}

	@Test
	void aChangedCompanyIsUpdatedAndTheOldNameKeptInItsHistory() {
		configure("prh-companies", "/prh", Set.of("186"));
		var company = OpenDataFixtures.company("Järvenpään Kone Oy", "186", "JÄRVENPÄÄ");
		stubCompanies("Järvenpää", 1, List.of(company), 1);
		assertThat(run("prh-companies").created()).isEqualTo(1);

		((ObjectNode) company.get("names").get(0)).put("name", "Järvenpään Kone ja Teräs Oy");
		stubCompanies("Järvenpää", 1, List.of(company), 1);
		var second = run("prh-companies");

		assertThat(second.updated()).isEqualTo(1);
		var id = company.get("businessId").get("value").asString();
		assertThat(jdbc.sql("select name from companies.register_company where business_id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("Järvenpään Kone ja Teräs Oy");
	}

	@Test
	void aSourceThatFailsMidwayKeepsWhatWasCommittedAndTheNextRunCompletes() {
		configure("prh-companies", "/prh", Set.of("245"));
		// The demo region has companies in Kerava too: count only this test's.
		var before = countIn("245");
		var firstPage = new ArrayList<ObjectNode>();
		for (int i = 0; i < 100; i++) {
			firstPage.add(OpenDataFixtures.company("Keravan Yritys " + i + " Oy", "245", "KERAVA"));
		}
		var secondPage = List.of(OpenDataFixtures.company("Keravan Viimeinen Oy", "245", "KERAVA"));
		stubCompanies("Kerava", 1, firstPage, 101);
		server.stubFor(get(urlPathEqualTo("/prh/companies")).withQueryParam("location", equalTo("Kerava"))
			.withQueryParam("page", equalTo("2"))
			.willReturn(aResponse().withStatus(503)));

		var failed = run("prh-companies");

		assertThat(failed.status()).isEqualTo(ImportRun.Status.FAILED);
		assertThat(failed.messageKey()).isEqualTo("opendata.run.unavailable");
		assertThat(failed.created()).isEqualTo(100);
		assertThat(countIn("245") - before).isEqualTo(100);
		// Retried with back-off before giving up.
		server.verify(4, getRequestedFor(urlPathEqualTo("/prh/companies")).withQueryParam("page", equalTo("2")));

		stubCompanies("Kerava", 2, secondPage, 101);
		var next = run("prh-companies");

		assertThat(next.status()).isEqualTo(ImportRun.Status.SUCCEEDED);
		assertThat(next.unchanged()).isEqualTo(100);
		assertThat(next.created()).isEqualTo(1);
		assertThat(countIn("245") - before).isEqualTo(101);
	}

	@Test
	void aRunCutShortByAStopIsMarkedInterruptedAtStartUpAndTheNextRunCompletes() throws Exception {
		configure("prh-companies", "/prh", Set.of("858"));
		var before = countIn("858");
		var companies = new ArrayList<ObjectNode>();
		for (int i = 0; i < 60; i++) {
			companies.add(OpenDataFixtures.company("Tuusulan Yritys " + i + " Oy", "858", "TUUSULA"));
		}
		stubCompanies("Tuusula", 1, companies, 60);
		// The app stopped while a run was writing: the run stays RUNNING in the log, with
		// the
		// batches it committed (here: the first 25 companies) in the tables.
		var file = Files.createTempFile("prh", ".json");
		Files.writeString(file, OpenDataFixtures.companies(companies.subList(0, 25), 25));
		runner.runNow("prh-companies", ImportRun.Trigger.UPLOAD, file);
		var stale = UUID.randomUUID();
		jdbc.sql(
				"insert into opendata.import_run (id, source, trigger, status) values (:id, 'prh-companies', 'MANUAL', 'RUNNING')")
			.param("id", stale)
			.update();

		// What start-up does.
		var recovery = ImportRunner.class.getDeclaredMethod("interruptStaleRuns");
		recovery.setAccessible(true);
		recovery.invoke(runner);

		assertThat(runs.find(stale).orElseThrow().status()).isEqualTo(ImportRun.Status.INTERRUPTED);
		var next = run("prh-companies");
		assertThat(next.status()).isEqualTo(ImportRun.Status.SUCCEEDED);
		assertThat(next.unchanged()).isEqualTo(25);
		assertThat(next.created()).isEqualTo(35);
		assertThat(countIn("858") - before).isEqualTo(60);
	}

	@Test
	void aRunStoppedInTheMiddleKeepsWholeBatchesAndTheNextRunCompletes() throws Exception {
		configure("prh-companies", "/prh", Set.of("753"));
		var total = 300;
		for (int page = 1; page <= 3; page++) {
			var companies = new ArrayList<ObjectNode>();
			for (int i = 0; i < 100; i++) {
				companies.add(OpenDataFixtures.company("Sipoon Yritys " + page + "-" + i + " Oy", "753", "SIPOO"));
			}
			server.stubFor(get(urlPathEqualTo("/prh/companies")).withQueryParam("location", equalTo("Sipoo"))
				.withQueryParam("page", equalTo(Integer.toString(page)))
				.willReturn(aResponse().withFixedDelay(400)
					.withHeader("Content-Type", "application/json")
					.withBody(OpenDataFixtures.companies(companies, total))));
		}

		var run = runner.start("prh-companies", ImportRun.Trigger.MANUAL, ADMIN, null).orElseThrow();
		for (int i = 0; i < 1000 && runs.find(run).orElseThrow().processed() == 0; i++) {
			Thread.sleep(10);
		}
		runner.cancel(run);
		var stopped = await(run);

		assertThat(stopped.status()).isEqualTo(ImportRun.Status.CANCELLED);
		assertThat(stopped.created()).isPositive().isLessThan(total);
		// What was committed is exactly what the log says.
		assertThat(countIn("753")).isEqualTo(stopped.created());

		var next = run("prh-companies");
		assertThat(next.status()).isEqualTo(ImportRun.Status.SUCCEEDED);
		assertThat(next.unchanged()).isEqualTo(stopped.created());
		assertThat(next.created()).isEqualTo(total - stopped.created());
		assertThat(countIn("753")).isEqualTo(total);
	}

	@Test
	void twoRunsOfOneSourceNeverOverlap() throws Exception {
		configure("prh-companies", "/prh", Set.of("091"));
		server.stubFor(get(urlPathEqualTo("/prh/companies")).willReturn(aResponse().withFixedDelay(1500)
			.withHeader("Content-Type", "application/json")
			.withBody(OpenDataFixtures.companies(List.of(OpenDataFixtures.company("Helsingin Oy", "091", "HELSINKI")),
					1))));

		var first = runner.start("prh-companies", ImportRun.Trigger.MANUAL, ADMIN, null);
		var second = runner.start("prh-companies", ImportRun.Trigger.MANUAL, ADMIN, null);

		assertThat(first).isPresent();
		assertThat(second).isEmpty();
		var finished = await(first.get());
		assertThat(finished.status()).isEqualTo(ImportRun.Status.SUCCEEDED);
		var third = runner.start("prh-companies", ImportRun.Trigger.MANUAL, ADMIN, null);
		assertThat(third).isPresent();
		assertThat(await(third.get()).unchanged()).isEqualTo(1);
	}

	@Test
	void importsStudiesOfTheRegionWithProposedSkillsAndARerunChangesNothing() throws Exception {
		configure("konfo-studies", "/konfo", Set.of("853"));
		server.stubFor(get(urlPathEqualTo("/konfo/external/search/koulutukset"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody(OpenDataFixtures.resource("konfo_koulutus_search_results_2023-01-18.json"))));

		var first = run("konfo-studies");

		assertThat(first.status()).isEqualTo(ImportRun.Status.SUCCEEDED);
		// Three of the four educations are taught in Turku (853), one only in Pori.
		assertThat(first.created()).isEqualTo(3);
		assertThat(first.skipped()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from studies.study where source = 'KONFO'").query(Integer.class).single())
			.isEqualTo(6);
		var imported = jdbc
			.sql("select id from studies.study where source = 'KONFO' and title like 'Ensihoitaja%' order by title")
			.query(UUID.class)
			.list();
		assertThat(imported).isNotEmpty();
		var study = studies.find(imported.get(0)).orElseThrow();
		assertThat(study.provider()).isEqualTo("Turun ammattikorkeakoulu");
		assertThat(study.url()).startsWith("https://opintopolku.fi/konfo/fi/toteutus/1.2.246.562.17.");
		// Proposed skills stay out of the study until a person confirms them.
		var proposedFor = jdbc
			.sql("select s.study_id from studies.skill s join studies.study t on t.id = s.study_id "
					+ "where t.source = 'KONFO' and s.origin = 'PROPOSED' order by t.title, s.skill_uri limit 1")
			.query(UUID.class)
			.single();
		study = studies.find(proposedFor).orElseThrow();
		assertThat(study.skills()).isEmpty();
		var skill = studies.proposedSkills(study.id()).get(0);
		studies.addSkill(study.id(), skill);
		assertThat(studies.find(study.id()).orElseThrow().skills()).containsExactly(skill);
		// Both the import and the correction reach the change feed.
		var feed = 0;
		for (int i = 0; i < 200 && feed < 2; i++) {
			Thread.sleep(25);
			feed = jdbc.sql("select count(*) from opendata.change where kind = 'study' and ref = :id")
				.param("id", study.id().toString())
				.query(Integer.class)
				.single();
		}
		assertThat(feed).isEqualTo(2);

		var second = run("konfo-studies");

		assertThat(second.created()).isZero();
		assertThat(second.updated()).isZero();
		assertThat(second.unchanged()).isEqualTo(3);
		assertThat(studies.find(study.id()).orElseThrow().skills()).containsExactly(skill);
	}

	@Test
	void aJobPostingFeedWithOneMalformedRecordImportsTheRestAndSaysWhy() {
		configure("jobposting-feed", "/feed.jsonld", Set.of("092", "091"));
		server.stubFor(get(urlPathEqualTo("/feed.jsonld"))
			.willReturn(aResponse().withHeader("Content-Type", "application/ld+json")
				.withHeader("ETag", "\"feed-v1\"")
				.withBody(JobPostingFeedSamples.FEED)));
		server.stubFor(get(urlPathEqualTo("/feed.jsonld")).withHeader("If-None-Match", equalTo("\"feed-v1\""))
			.atPriority(1)
			.willReturn(aResponse().withStatus(304)));

		var first = run("jobposting-feed");

		assertThat(first.status()).isEqualTo(ImportRun.Status.SUCCEEDED);
		assertThat(first.created()).isEqualTo(2);
		assertThat(first.rejected()).isEqualTo(1);
		assertThat(runs.rejections(first.id(), 0, 10)).singleElement().satisfies(rejection -> {
			assertThat(rejection.ref()).isEqualTo("ad-3");
			assertThat(rejection.reasonKey()).isEqualTo("opendata.reject.missing");
			assertThat(rejection.detail()).isEqualTo("title");
		});
		var ad = jdbc
			.sql("select title, occupation_uri, skills, hiring_business_id, municipality_code "
					+ "from opendata.job_ad where source_id = 'ad-1'")
			.query()
			.singleRow();
		assertThat(ad).containsEntry("title", "Hitsaaja")
			.containsEntry("occupation_uri", JobPostingFeedSamples.WELDER)
			.containsEntry("hiring_business_id", "0112038-9")
			.containsEntry("municipality_code", "092");

		// The feed has not changed: one conditional request, nothing read.
		var second = run("jobposting-feed");
		assertThat(second.status()).isEqualTo(ImportRun.Status.SUCCEEDED);
		assertThat(second.processed()).isZero();

		// Read again in full, nothing has changed either.
		var current = settings.current("jobposting-feed");
		jdbc.sql("update opendata.source_setting set sync_state = null where source = 'jobposting-feed'").update();
		var third = run("jobposting-feed");
		assertThat(third.created() + third.updated()).isZero();
		assertThat(third.unchanged()).isEqualTo(2);
		assertThat(current.syncState()).isEqualTo("etag:\"feed-v1\"");
	}

	@Test
	void tyomarkkinatoriAdsNeedTheKeyAndHaveTheirCodesChecked() {
		configure("tmt-jobs", "/tmt", Set.of("092"));
		assertThat(org.assertj.core.api.Assertions
			.catchThrowable(() -> runner.start("tmt-jobs", ImportRun.Trigger.MANUAL, ADMIN, null)))
			.isInstanceOf(fi.osaamo.platform.InvalidInputException.class);
		var current = settings.current("tmt-jobs");
		settings.save(new SourceSettings("tmt-jobs", false, current.cron(), current.baseUrl(), current.municipalities(),
				"test-key", null, current.version()), ADMIN);
		var page = """
				{"sivu": 0, "maara": 100, "tyopaikat": [
				  {"ilmoituksenID": "tmt-1", "ilmoittajanYTunnus": "0112038-9", "ilmoittajanNimi": {"fi": "Nokia Oyj"},
				   "otsikko": {"fi": "Hitsaaja", "sv": "Svetsare"}, "kuvausteksti": {"fi": "<p>MIG-hitsausta</p>"},
				   "ammatit": ["%s"], "osaamiset": ["%s"], "sijainti": {"kunnat": ["092"]},
				   "tyoaika": "01", "tyonJatkuvuus": "0202", "kortitJaLuvat": ["079", "022"],
				   "kielitaito": [{"kieli": "fi", "taso": "B2"}], "julkaisupvm": "2026-11-02", "hakuPaattyy": "2026-12-01",
				   "linkki": "https://tyomarkkinatori.fi/henkiloasiakkaat/avoimet-tyopaikat/tmt-1"},
				  {"ilmoituksenID": "tmt-2", "otsikko": {"fi": "Trukinkuljettaja"}, "sijainti": {"kunnat": ["092"]},
				   "tyoaika": "02"},
				  {"ilmoituksenID": "tmt-3", "otsikko": {"fi": "Kortiton"}, "kortitJaLuvat": ["999"]}
				]}"""
			.formatted(JobPostingFeedSamples.WELDER, JobPostingFeedSamples.WELDING);
		server.stubFor(get(urlPathEqualTo("/tmt/jobpostingprovider/v1/tyopaikat"))
			.withHeader("Ocp-Apim-Subscription-Key", equalTo("test-key"))
			.withQueryParam("kunta", equalTo("092"))
			.withQueryParam("sivu", equalTo("0"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(page)));

		var first = run("tmt-jobs");

		assertThat(first.status()).isEqualTo(ImportRun.Status.SUCCEEDED);
		assertThat(first.created()).isEqualTo(2);
		assertThat(runs.rejections(first.id(), 0, 10)).singleElement().satisfies(rejection -> {
			assertThat(rejection.ref()).isEqualTo("tmt-3");
			assertThat(rejection.reasonKey()).isEqualTo("opendata.reject.unknownCode");
			assertThat(rejection.detail()).isEqualTo("kortitJaLuvat: 999");
		});
		assertThat(jdbc.sql("select title from opendata.job_ad where source = 'tmt-jobs' and source_id = 'tmt-1'")
			.query(String.class)
			.single()).isEqualTo("Hitsaaja");
		assertThat(run("tmt-jobs").unchanged()).isEqualTo(2);
	}

	void stubCompanies(String location, int page, List<? extends tools.jackson.databind.JsonNode> companies,
			int total) {
		server.stubFor(get(urlPathEqualTo("/prh/companies")).withQueryParam("location", equalTo(location))
			.withQueryParam("page", equalTo(Integer.toString(page)))
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody(OpenDataFixtures.companies(companies, total))));
	}

	int countIn(String municipality) {
		return jdbc.sql("select count(*) from companies.register_company where municipality_code = :code")
			.param("code", municipality)
			.query(Integer.class)
			.single();
	}

	ImportRun await(UUID id) throws InterruptedException {
		for (int i = 0; i < 200; i++) {
			var run = runs.find(id).orElseThrow();
			if (!run.running()) {
				return run;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("run " + id + " did not finish");
	}

}
