package fi.osaamo.messaging.sms;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fi.osaamo.messaging.smpp.SmscSimulator;
import fi.osaamo.messaging.smpp.Submission;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exactly once across a crash: 10,000 messages are queued, the sending Osaamo (a JVM of
 * its own) is killed with SIGKILL in the middle, and two fresh instances sharing the
 * database finish the work. The simulated SMSC, in this JVM, counts what it took: each
 * number exactly once.
 */
class SmsCrashTests {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SmsCrashTests.class);

	private static final int MESSAGES = 10_000;

	private static final Path WORK = Path.of("target", "sms-crash");

	private final List<Process> instances = new ArrayList<>();

	@AfterEach
	void stopInstances() {
		this.instances.forEach(Process::destroyForcibly);
	}

	@Test
	void aSigkilledSenderAndTwoSuccessorsSubmitEveryMessageExactlyOnce() throws Exception {
		Files.createDirectories(WORK);
		var smsc = new SmscSimulator(0, "osaamo", "crash-pw");
		smsc.start();
		try (var database = EmbeddedPostgres.builder()
			.setDataDirectory(WORK.resolve("db"))
			.setCleanDataDirectory(true)
			.start()) {
			var url = database.getJdbcUrl("postgres", "postgres");
			var first = start("first", url, smsc.port());
			try (var connection = database.getPostgresDatabase().getConnection()) {
				awaitSender(connection, first);
				queue(connection);
				await(() -> accepted(smsc) >= MESSAGES / 4, "a quarter to be submitted", Duration.ofMinutes(2));
				first.destroyForcibly().waitFor();
				assertThat(count(connection, "state in ('QUEUED', 'SENDING')")).as("killed in the middle").isPositive();

				start("second", url, smsc.port());
				start("third", url, smsc.port());
				await(() -> count(connection, "state = 'DELIVERED'") == MESSAGES, "every message to be delivered",
						Duration.ofMinutes(4));
				diagnose(connection, smsc);
			}
		}
		finally {
			smsc.stop();
		}
		Map<String, Long> perNumber = smsc.submissions()
			.stream()
			.collect(Collectors.groupingBy(Submission::destination, Collectors.counting()));
		assertThat(perNumber).as("numbers reached").hasSize(MESSAGES);
		assertThat(perNumber.values()).as("parts per number").containsOnly(1L);
	}

	private Process start(String name, String url, int smscPort) throws Exception {
		var classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(entry -> !entry.endsWith("test-classes"))
			.collect(Collectors.joining(File.pathSeparator));
		var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		var command = List.of(java, "-Xmx400m", "-XX:TieredStopAtLevel=1", "-cp", classpath, "fi.osaamo.Application",
				"--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--server.port=0", "--app.demo.enabled=false",
				"--app.opendata.scheduler=false", "--app.companies.reminders=false",
				"--app.messaging.smpp.host=127.0.0.1", "--app.messaging.smpp.port=" + smscPort,
				"--app.messaging.smpp.password=crash-pw", "--app.messaging.smpp.per-second=20000",
				"--app.messaging.sms.poll=50ms", "--app.messaging.sms.heartbeat=1s",
				"--app.messaging.sms.in-doubt-after=3s", "--app.messaging.sms.receipt-wait=15s",
				"--app.messaging.sms.settle-every=500ms", "--spring.main.banner-mode=off",
				"--logging.file.name=" + WORK.resolve(name + ".log"));
		var process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(WORK.resolve(name + ".out").toFile())
			.start();
		this.instances.add(process);
		return process;
	}

	private static void awaitSender(Connection connection, Process process) {
		await(() -> {
			try (var statement = connection
				.prepareStatement("select count(*) from messaging.sms_sender where host like ?")) {
				statement.setString(1, "%/" + process.pid());
				var result = statement.executeQuery();
				return result.next() && result.getInt(1) == 1;
			}
			catch (SQLException ex) {
				return false; // the schema is not there yet
			}
		}, "the first instance to start", Duration.ofMinutes(3));
	}

	private static void queue(Connection connection) throws SQLException {
		try (var statement = connection.createStatement()) {
			statement.execute("""
					insert into messaging.sms_settings (organisation_id, quiet_from, quiet_until)
					values ('00000000-0000-0000-0000-0000000000c1', '00:00', '00:00');
					create temporary table crash_person as
					  select g, gen_random_uuid() as id from generate_series(1, %1$d) g;
					insert into identity.person (id, pseudonym) select id, 'crash-' || g from crash_person;
					insert into identity.personal_data (person_id, phone)
					  select id, '+35850' || (1000000 + g) from crash_person;
					insert into messaging.sms (key, organisation_id, recipient_id, conversation, language, text,
					  encoding, parts, state, due_at, expires_at)
					  select 'crash:' || g, '00000000-0000-0000-0000-0000000000c1', id, 'crash', 'fi',
					    'Viesti ' || g || ' / crash', 'GSM7', 1, 'QUEUED', now(), now() + interval '1 day'
					  from crash_person;
					""".formatted(MESSAGES));
		}
	}

	private static void diagnose(Connection connection, SmscSimulator smsc) throws SQLException {
		var twice = smsc.submissions()
			.stream()
			.collect(Collectors.groupingBy(Submission::destination, Collectors.counting()))
			.entrySet()
			.stream()
			.filter(e -> e.getValue() > 1)
			.map(Map.Entry::getKey)
			.limit(3)
			.toList();
		for (var number : twice) {
			try (var statement = connection.prepareStatement(
					"""
							select s.key, s.state, s.error, s.attempts, s.claimed_at,
							  (select string_agg(coalesce(r.sms_id::text, 'null') || ':' || coalesce(r.number_key = s.number_key, false) || ':' || coalesce(r.text_start, '-') || ':' || r.received_at, ' | ')
							     from messaging.sms_receipt r where r.smsc_id in (select smsc_id from messaging.sms_part where sms_id = s.id) or (r.text_start = left(s.text, 20))) as receipts
							from messaging.sms s join identity.personal_data d on d.person_id = s.recipient_id where d.phone = ?""")) {
				statement.setString(1, number);
				var result = statement.executeQuery();
				while (result.next()) {
					log.warn("Sent twice to {}: {} {} {} {} {} receipts: {}", number, result.getString(1),
							result.getString(2), result.getString(3), result.getInt(4), result.getString(5),
							result.getString(6));
				}
			}
		}
		smsc.submissions()
			.stream()
			.filter(s -> twice.contains(s.destination()))
			.forEach(s -> log.warn("Part sent twice to {}: SMSC id {} at {}", s.destination(), s.smscId(), s.at()));
	}

	private static long accepted(SmscSimulator smsc) {
		return smsc.submissions().size();
	}

	private static long count(Connection connection, String condition) {
		try (var statement = connection.createStatement()) {
			var result = statement
				.executeQuery("select count(*) from messaging.sms where key like 'crash:%' and " + condition);
			result.next();
			return result.getLong(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void await(java.util.function.BooleanSupplier condition, String what, Duration limit) {
		long end = System.nanoTime() + limit.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited " + limit + " for " + what).isLessThan(end);
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

}
