package fi.osaamo.demo;

import java.util.Optional;

import fi.osaamo.identity.PersonId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Seeds the demo region on the first start and, on every start, sets the demo accounts'
 * password and prints it with the user names.
 */
@Component
@Order(10)
class DemoSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

	private final DemoProperties properties;

	private final Environment environment;

	private final DemoPeople people;

	private final DemoPortal portal;

	private final DemoArticles demoArticles;

	private final DemoServices services;

	private final DemoRegister register;

	DemoSeeder(DemoProperties properties, Environment environment, DemoPeople people, DemoPortal portal,
			DemoArticles demoArticles, DemoServices services, DemoRegister register) {
		this.properties = properties;
		this.environment = environment;
		this.people = people;
		this.portal = portal;
		this.demoArticles = demoArticles;
		this.services = services;
		this.register = register;
	}

	boolean enabled() {
		if (properties.enabled() != null) {
			return properties.enabled();
		}
		return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
	}

	@Override
	public void run(ApplicationArguments args) {
		if (enabled()) {
			seed();
		}
	}

	private void seed() {
		var password = people.seedAccounts();
		people.person("demo-hr").ifPresent(portal::seed);
		var admin = people.person("demo-admin");
		seedArticles(admin);
		register.seed();
		seedServices();
		// The demo keeps its region's companies and studies fresh from the national
		// sources.
		admin.ifPresent(register::scheduleOpenSources);
		announce(password);
	}

	private void seedArticles(Optional<PersonId> admin) {
		var companyAdmin = people.person("demo-companyadmin");
		if (admin.isPresent() && companyAdmin.isPresent()) {
			demoArticles.seed(admin.get(), companyAdmin.get());
		}
	}

	/**
	 * The city's service catalogue and the growth team's cooperation with the companies.
	 */
	private void seedServices() {
		people.city().ifPresent(city -> {
			services.seed(city);
			people.person("demo-growth").ifPresent(growth -> services.cooperation(city, growth, people.companies(12)));
		});
	}

	private void announce(String password) {
		var generated = !StringUtils.hasText(properties.password());
		var port = environment.getProperty("local.server.port", "8080");
		var lines = new StringBuilder("\n\n  Osaamo demo region is ready at http://localhost:" + port + "\n");
		lines.append("  Demo accounts (password ")
			.append(generated ? password + ", generated for this run; set OSAAMO_DEMO_PASSWORD to choose one"
					: "from OSAAMO_DEMO_PASSWORD")
			.append("):\n");
		DemoRegion.ACCOUNTS.forEach(account -> lines
			.append(String.format("    %-18s %s (%s)%n", account.username(), account.role(), account.organisation())));
		log.info(lines.toString());
	}

}
