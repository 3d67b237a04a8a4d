package fi.osaamo.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives Osaamo as the growth team does: {@value LoadRegion#USERS} signed-in users at
 * once, each asking for a page, waiting for the answer, then thinking for a while before
 * the next click. Each scenario (front page, talent keyword search, company list) runs
 * for a warm-up and then a measured period; the answer times of the measured period give
 * the percentiles, and the front page is the baseline the others are compared with.
 *
 * <p>
 * Arguments: base URL, warm-up seconds, measured seconds, shortest and longest think time
 * in milliseconds (0 0 for a closed loop without thinking), and the file the results
 * table is written to (Markdown).
 */
final class LoadDriver {

	private static final Logger log = LoggerFactory.getLogger(LoadDriver.class);

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final List<String> KEYWORDS = List.of("hitsaus", "welding", "svetsning", "asiakaspalvelu",
			"ohjelmointi", "kirjanpito", "siivous", "sähköasennus", "logistiikka", "projektinhallinta", "myynti",
			"hoitotyö", "teamwork", "kommunikation", "CNC", "laadunvalvonta", "trukki", "budjetointi", "python",
			"ensiapu");

	private static final List<String> COMPANY_FILTERS = List.of("", "municipality=092", "industry=C", "q=konepaja",
			"municipality=049&industry=F", "sort=NEWEST", "page=3", "page=40", "q=oy&sort=MUNICIPALITY",
			"status=ANY&industry=62", "q=virtanen", "industry=G&page=2");

	private final URI base;

	private final List<HttpClient> users = new ArrayList<>();

	private LoadDriver(URI base) {
		this.base = base;
	}

	static void main(String[] args) throws Exception {
		var base = URI.create(args.length > 0 ? args[0] : "http://localhost:8089");
		var warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		var measured = args.length > 2 ? Integer.parseInt(args[2]) : 60;
		var thinkFrom = args.length > 3 ? Integer.parseInt(args[3]) : 500;
		var thinkTo = args.length > 4 ? Integer.parseInt(args[4]) : 1500;
		var driver = new LoadDriver(base);
		driver.signIn();
		var scenarios = List.of(new Scenario("Front page", user -> "/"),
				new Scenario("Talent keyword search",
						user -> "/dashboard/talents?q=" + URLEncoder.encode(pick(KEYWORDS), StandardCharsets.UTF_8)),
				new Scenario("Company list", user -> "/dashboard/companies?" + pick(COMPANY_FILTERS)));
		var results = new ArrayList<Result>();
		for (var scenario : scenarios) {
			results.add(driver.run(scenario, warmUp, measured, thinkFrom, thinkTo));
		}
		var report = new StringBuilder();
		report.append(String.format(Locale.ROOT,
				"%d users, think time %d–%d ms, %d s measured after %d s warm-up, %d cores, Java %s%n%n",
				LoadRegion.USERS, thinkFrom, thinkTo, measured, warmUp, Runtime.getRuntime().availableProcessors(),
				Runtime.version()));
		report.append(
				"| Page | Requests | Per second | p50 ms | p95 ms | p99 ms | Max ms | Errors | p95 vs front page |\n");
		report.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		var baseline = results.get(0).percentile(95);
		for (var result : results) {
			report.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.0f | %.0f | %.0f | %.0f | %d | %.2f× |%n",
					result.name(), result.latencies().length, result.latencies().length / (double) measured,
					result.percentile(50), result.percentile(95), result.percentile(99), result.percentile(100),
					result.errors(), result.percentile(95) / baseline));
		}
		var file = Path.of(args.length > 5 ? args[5] : "var/load/results.md");
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, report);
		log.info("Results in {}", file);
		var failed = results.stream().anyMatch(result -> result.errors() > 0);
		System.exit(failed ? 1 : 0);
	}

	private static String pick(List<String> values) {
		return values.get(ThreadLocalRandom.current().nextInt(values.size()));
	}

	private void signIn() throws IOException, InterruptedException {
		for (int user = 1; user <= LoadRegion.USERS; user++) {
			var client = HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.version(HttpClient.Version.HTTP_1_1)
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(10))
				.build();
			var form = client.send(HttpRequest.newBuilder(base.resolve("/login")).build(),
					HttpResponse.BodyHandlers.ofString());
			var token = CSRF.matcher(form.body());
			if (!token.find()) {
				throw new IllegalStateException("No sign-in form at " + base.resolve("/login"));
			}
			var body = "username=" + LoadRegion.username(user) + "&password="
					+ URLEncoder.encode(LoadTest.password(), StandardCharsets.UTF_8) + "&_csrf="
					+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
			var signedIn = client.send(HttpRequest.newBuilder(base.resolve("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.discarding());
			var location = signedIn.headers().firstValue("Location").orElse("");
			if (signedIn.statusCode() != 302 || location.contains("error")) {
				throw new IllegalStateException("Could not sign in as " + LoadRegion.username(user) + ": "
						+ signedIn.statusCode() + " " + location);
			}
			users.add(client);
		}
	}

	private Result run(Scenario scenario, int warmUp, int measured, int thinkFrom, int thinkTo)
			throws InterruptedException {
		log.info("{}: {} s warm-up, {} s measured", scenario.name(), warmUp, measured);
		var start = System.nanoTime();
		var measureFrom = start + Duration.ofSeconds(warmUp).toNanos();
		var end = measureFrom + Duration.ofSeconds(measured).toNanos();
		var latencies = new long[users.size()][];
		var counts = new int[users.size()];
		var errors = new AtomicLong();
		var done = new CountDownLatch(users.size());
		for (int u = 0; u < users.size(); u++) {
			var user = u;
			latencies[user] = new long[1024];
			var thread = new Thread(() -> {
				var random = ThreadLocalRandom.current();
				try {
					// Users do not all click at the same moment.
					Thread.sleep(random.nextInt(Math.max(1, thinkTo)));
					while (System.nanoTime() < end) {
						var request = HttpRequest.newBuilder(base.resolve(scenario.path().apply(user)))
							.timeout(Duration.ofSeconds(30))
							.build();
						var sent = System.nanoTime();
						var status = send(users.get(user), request);
						var answered = System.nanoTime();
						if (sent >= measureFrom && answered <= end) {
							if (status != 200) {
								errors.incrementAndGet();
							}
							if (counts[user] == latencies[user].length) {
								latencies[user] = Arrays.copyOf(latencies[user], counts[user] * 2);
							}
							latencies[user][counts[user]++] = answered - sent;
						}
						if (thinkTo > 0) {
							Thread.sleep(thinkFrom + random.nextInt(Math.max(1, thinkTo - thinkFrom)));
						}
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				finally {
					done.countDown();
				}
			}, "load-user-" + user);
			thread.start();
		}
		done.await();
		var all = new long[Arrays.stream(counts).sum()];
		var at = 0;
		for (int u = 0; u < users.size(); u++) {
			System.arraycopy(latencies[u], 0, all, at, counts[u]);
			at += counts[u];
		}
		Arrays.sort(all);
		return new Result(scenario.name(), all, errors.get());
	}

	private static int send(HttpClient client, HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	private record Scenario(String name, IntFunction<String> path) {
	}

	/**
	 * The measured answer times of a scenario, sorted, in nanoseconds.
	 */
	private record Result(String name, long[] latencies, long errors) {

		double percentile(int percentile) {
			if (latencies.length == 0) {
				return Double.NaN;
			}
			var rank = (int) Math.ceil(percentile / 100.0 * latencies.length);
			return latencies[Math.max(0, Math.min(latencies.length - 1, rank - 1))] / 1_000_000.0;
		}

	}

}
