package fi.osaamo.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import fi.osaamo.platform.DatabaseConnection;
import fi.osaamo.privacy.PrivacyManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Fills the database with the load test's region, once, after the demo region has been
 * seeded: {@code load/region.sql} (20,000 companies, 100,000 people, 50,000 job tasks,
 * 10,000 studies), then {@value #USERS} growth-team members of the demo city who sign in
 * with the load password and have accepted the privacy notice.
 */
@Order(100)
class LoadRegion implements ApplicationRunner {

	static final int USERS = 50;

	static final String CITY = "Rantalan kaupunki";

	private static final Logger log = LoggerFactory.getLogger(LoadRegion.class);

	private final DatabaseConnection connection;

	private final IdentityManagement identities;

	private final OrganisationManagement organisations;

	private final PrivacyManagement privacy;

	private final PasswordEncoder passwords;

	LoadRegion(DatabaseConnection connection, IdentityManagement identities, OrganisationManagement organisations,
			PrivacyManagement privacy, PasswordEncoder passwords) {
		this.connection = connection;
		this.identities = identities;
		this.organisations = organisations;
		this.privacy = privacy;
		this.passwords = passwords;
	}

	static String username(int user) {
		return "load-growth-%02d".formatted(user);
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		var city = organisations.list(CITY, OrganisationType.CITY, 0, 1)
			.items()
			.stream()
			.filter(organisation -> organisation.name().equals(CITY))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The demo region is missing: start with the demo enabled"));
		if (identities.findByUsername(username(1)).isEmpty()) {
			var started = System.nanoTime();
			generate(city.id().value().toString());
			log.info("Generated the load region in {} s", (System.nanoTime() - started) / 1_000_000_000);
			var hash = passwords.encode(LoadTest.password());
			for (int user = 1; user <= USERS; user++) {
				var person = identities.register(new NewPerson("Load", "Tester " + user, null, null));
				identities.createLocalAccount(person.id(), username(user), hash);
				organisations.addMember(city.id(), person.id(), Role.GROWTH_TEAM);
				privacy.accept(person.id(), privacy.currentVersion());
			}
		}
		else {
			log.info("The load region exists already");
		}
		counts();
	}

	private void generate(String city) throws IOException, SQLException {
		try (var database = DriverManager.getConnection(connection.url(), connection.username(),
				connection.password())) {
			database.setAutoCommit(false);
			for (var statement : statements(city)) {
				var started = System.nanoTime();
				try (var sql = database.createStatement()) {
					sql.execute(statement);
					var rows = Math.max(0, sql.getLargeUpdateCount());
					log.info("{} rows in {} ms: {}", rows, (System.nanoTime() - started) / 1_000_000,
							statement.lines().findFirst().orElse(""));
				}
			}
			database.commit();
			database.setAutoCommit(true);
			try (var sql = database.createStatement()) {
				sql.execute("ANALYZE");
			}
		}
	}

	private static List<String> statements(String city) throws IOException {
		var text = new ClassPathResource("load/region.sql").getContentAsString(StandardCharsets.UTF_8);
		var statements = new ArrayList<String>();
		var current = new StringBuilder();
		for (var line : text.lines().toList()) {
			if (line.strip().startsWith("--")) {
				continue;
			}
			current.append(line).append('\n');
			if (line.strip().endsWith(";")) {
				// The city's id is a UUID read from the database, never user input.
				statements.add(current.toString().strip().replace(":city", "'" + city + "'::uuid"));
				current.setLength(0);
			}
		}
		return statements;
	}

	private void counts() throws SQLException {
		try (var database = DriverManager.getConnection(connection.url(), connection.username(), connection.password());
				var sql = database.createStatement()) {
			for (var table : List.of("identity.person", "competence.skill", "competence.city_visibility",
					"companies.register_company", "organisation.organisation", "jobs.job_task", "studies.study")) {
				try (var rows = sql.executeQuery("select count(*) from " + table)) {
					rows.next();
					log.info("{}: {} rows", table, rows.getLong(1));
				}
			}
		}
	}

}
