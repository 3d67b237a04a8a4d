package fi.osaamo.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import fi.osaamo.Application;
import org.springframework.boot.SpringApplication;

/**
 * The load test's entry point, run by {@code load/run}: {@code generate} starts Osaamo on
 * its own database under {@code var/load/} with the demo region and fills it with the
 * generated region, {@code serve} starts Osaamo on that database, {@code drive} runs the
 * load driver against it.
 */
public final class LoadTest {

	/** The environment variable that holds the load-test users' password. */
	static final String PASSWORD_VARIABLE = "OSAAMO_LOAD_PASSWORD";

	private LoadTest() {
	}

	public static void main(String[] args) throws Exception {
		var mode = args.length == 0 ? "serve" : args[0];
		var rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
		switch (mode) {
			case "generate" -> {
				var context = SpringApplication.from(Application::main)
					.with(LoadRegion.class)
					.run(settings(rest, "--server.port=0"))
					.getApplicationContext();
				System.exit(SpringApplication.exit(context));
			}
			case "serve" -> SpringApplication.from(Application::main).run(settings(rest));
			case "drive" -> LoadDriver.main(rest);
			default -> throw new IllegalArgumentException("Unknown mode " + mode + ": generate, serve or drive");
		}
	}

	/**
	 * The password of the load test's users and demo accounts, from the environment
	 * ({@code scripts/load-test} makes one up on its first run and keeps it under
	 * {@code var/load/}).
	 * @return the password
	 */
	static String password() {
		var password = System.getenv(PASSWORD_VARIABLE);
		if (password == null || password.length() < 12) {
			throw new IllegalStateException(
					"Set " + PASSWORD_VARIABLE + " to a password of at least 12 characters (scripts/load-test does)");
		}
		return password;
	}

	private static String[] settings(String[] args, String... more) {
		var settings = new ArrayList<>(List.of("--app.platform.database.directory=var/load/postgres",
				"--logging.file.name=var/load/osaamo.json", "--app.demo.enabled=true",
				"--app.demo.password=" + password()));
		settings.addAll(List.of(more));
		settings.addAll(List.of(args));
		return settings.toArray(String[]::new);
	}

}
