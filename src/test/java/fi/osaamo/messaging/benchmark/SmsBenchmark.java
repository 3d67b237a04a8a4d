package fi.osaamo.messaging.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import fi.osaamo.Application;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.identity.PersonId;
import fi.osaamo.messaging.SmsRequested;
import fi.osaamo.messaging.SmsSettings;
import fi.osaamo.messaging.SmsSettingsManagement;
import fi.osaamo.messaging.SmsText;
import fi.osaamo.messaging.smpp.NoDelaySockets;
import fi.osaamo.messaging.smpp.SmscSimulator;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SMPPSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The throughput of the whole text-message path (request event → outbox → SMPP submit →
 * receipt stored) against the simulated SMSC, beside a raw jSMPP client submitting the
 * same messages to the same SMSC with the same window, in the same run. Run with
 * {@code ./mvnw -Psms-benchmark test-compile exec:exec}; the figures are in the README.
 */
public final class SmsBenchmark {

	private static final Logger log = LoggerFactory.getLogger(SmsBenchmark.class);

	private static final int WINDOW = 10;

	private static final String PASSWORD = "bench";

	private SmsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int messages = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		var work = Path.of("target", "sms-benchmark");
		var smsc = new SmscSimulator(0, "osaamo", PASSWORD);
		smsc.start();
		try (var database = EmbeddedPostgres.builder()
			.setDataDirectory(work.resolve("db"))
			.setCleanDataDirectory(true)
			.start(); var app = start(database.getJdbcUrl("postgres", "postgres"), smsc.port(), work)) {
			var people = people(app, messages);
			log.info(String.format("%d messages per round, window %d, %d cores, Java %s", messages, WINDOW,
					Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
			for (int round = 0; round <= rounds; round++) {
				double raw = raw(smsc.port(), messages, round);
				double path = path(app, people, round);
				log.info(String.format("%s raw jSMPP %.0f/s, whole path %.0f/s, ratio %.0f %%",
						round == 0 ? "warm-up:" : "round " + round + ":", raw, path, 100 * path / raw));
			}
		}
		finally {
			smsc.stop();
		}
	}

	private static ConfigurableApplicationContext start(String url, int smscPort, Path work) {
		var settings = new String[][] { { "spring.datasource.url", url }, { "spring.datasource.username", "postgres" },
				{ "spring.datasource.password", "" }, { "server.port", "0" }, { "app.demo.enabled", "false" },
				{ "app.opendata.scheduler", "false" }, { "app.companies.reminders", "false" },
				{ "app.messaging.smpp.host", "127.0.0.1" }, { "app.messaging.smpp.port", String.valueOf(smscPort) },
				{ "app.messaging.smpp.password", PASSWORD }, { "app.messaging.smpp.window", String.valueOf(WINDOW) },
				{ "app.messaging.smpp.per-second", "1000000" }, { "app.messaging.sms.poll", "20ms" },
				{ "spring.main.banner-mode", "off" }, { "logging.file.name", work.resolve("app.log").toString() },
				{ "logging.level.root", "WARN" }, { "logging.level.fi.osaamo.messaging.benchmark", "INFO" } };
		for (var setting : settings) {
			System.setProperty(setting[0], setting[1]);
		}
		return new SpringApplicationBuilder(Application.class).run();
	}

	private static List<PersonId> people(ConfigurableApplicationContext app, int count) {
		var identities = app.getBean(IdentityManagement.class);
		var people = new ArrayList<PersonId>();
		for (int i = 0; i < count; i++) {
			people.add(identities.register(new NewPerson(null, null, null, number(i))).id());
		}
		var admin = people.get(0);
		app.getBean(SmsSettingsManagement.class)
			.save(new SmsSettings(organisation(), null, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, false), admin);
		return people;
	}

	/**
	 * Requests published one per transaction by {@link #WINDOW} concurrent callers, as
	 * modules do while serving requests; done when every receipt is stored (counted in
	 * memory after each commit, so that watching costs the database nothing) and every
	 * message is delivered.
	 */
	private static double path(ConfigurableApplicationContext app, List<PersonId> people, int round) {
		ApplicationEventPublisher events = app;
		var transactions = app.getBean(TransactionTemplate.class);
		var registry = app.getBean(MeterRegistry.class);
		double before = receipts(registry);
		double submittedBefore = counted(registry, "sms.parts.submitted");
		var callers = Executors.newFixedThreadPool(WINDOW);
		long start = System.nanoTime();
		for (int i = 0; i < people.size(); i++) {
			var request = new SmsRequested("bench:" + round + ":" + i, organisation(), people.get(i), "bench",
					text(round, i), "fi", false, false);
			callers.execute(() -> transactions.executeWithoutResult(status -> events.publishEvent(request)));
		}
		callers.shutdown();
		double requested = 0;
		double submitted = 0;
		while (receipts(registry) < before + people.size()) {
			if (requested == 0 && callers.isTerminated()) {
				requested = seconds(start);
			}
			if (submitted == 0 && counted(registry, "sms.parts.submitted") >= submittedBefore + people.size()) {
				submitted = seconds(start);
			}
			sleep(Duration.ofMillis(5));
		}
		log.info(String.format(
				"  path stages: requests committed %.1f s, parts submitted %.1f s, receipts stored %.1f s", requested,
				submitted, seconds(start)));
		// A receipt that came before its part's id was recorded is linked right after:
		// the clock stops when every message is delivered.
		var jdbc = app.getBean(JdbcClient.class);
		long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		while (delivered(jdbc, round) < people.size()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(delivered(jdbc, round) + " of " + people.size() + " delivered");
			}
			sleep(Duration.ofMillis(20));
		}
		double rate = people.size() / seconds(start);
		return rate;
	}

	private static int delivered(JdbcClient jdbc, int round) {
		return jdbc.sql("select count(*) from messaging.sms where key like :round and state = 'DELIVERED'")
			.param("round", "bench:" + round + ":%")
			.query(Integer.class)
			.single();
	}

	private static double receipts(MeterRegistry registry) {
		return counted(registry, "sms.receipts");
	}

	private static double counted(MeterRegistry registry, String counter) {
		return registry.find(counter).counters().stream().mapToDouble(Counter::count).sum();
	}

	/**
	 * The same messages by a bare jSMPP client with the same window, asking for the same
	 * receipts: done when every receipt has come (and been acknowledged), as the path is
	 * done when every receipt is stored.
	 */
	private static double raw(int port, int count, int round) throws Exception {
		var receipts = new CountDownLatch(count);
		var session = new SMPPSession(NoDelaySockets.INSTANCE);
		session.setPduProcessorDegree(WINDOW);
		session.setMessageReceiverListener(new ReceiptCounter(receipts));
		session.connectAndBind("127.0.0.1", port, new BindParameter(BindType.BIND_TRX, "osaamo", PASSWORD, "",
				TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null));
		var pool = Executors.newFixedThreadPool(WINDOW);
		try {
			long start = System.nanoTime();
			var submits = new ArrayList<CompletableFuture<Void>>();
			for (int i = 0; i < count; i++) {
				int index = i;
				submits.add(CompletableFuture.runAsync(() -> submit(session, index, round), pool));
			}
			submits.forEach(CompletableFuture::join);
			if (!receipts.await(5, TimeUnit.MINUTES)) {
				throw new IllegalStateException(receipts.getCount() + " receipts did not come");
			}
			return count / seconds(start);
		}
		finally {
			pool.shutdown();
			session.unbindAndClose();
		}
	}

	private static void submit(SMPPSession session, int index, int round) {
		var text = SmsText.of(text(round, index));
		try {
			session.submitShortMessage("", TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "Osaamo",
					TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, number(index).substring(1), new ESMClass(),
					(byte) 0, (byte) 1, null, null, new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE),
					(byte) 0, DataCodings.newInstance(text.encoding().dataCoding()), (byte) 0, text.payload(0, 0));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Counts the receipts the raw client is sent. */
	private record ReceiptCounter(CountDownLatch receipts) implements MessageReceiverListener {

		@Override
		public void onAcceptDeliverSm(DeliverSm deliverSm) {
			if (deliverSm.isSmscDeliveryReceipt()) {
				this.receipts.countDown();
			}
		}

		@Override
		public void onAcceptAlertNotification(AlertNotification alertNotification) {
		}

		@Override
		public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
			throw new ProcessRequestException("data_sm is not supported", SMPPConstant.STAT_ESME_RINVCMDID);
		}

	}

	private static String text(int round, int index) {
		return "Muistutus " + round + "/" + index + ": työssäoppimisen tapaaminen huomenna klo 9.";
	}

	private static String number(int index) {
		return "+35850" + (2_000_000 + index);
	}

	private static UUID organisation() {
		return UUID.fromString("00000000-0000-0000-0000-00000000be00");
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
