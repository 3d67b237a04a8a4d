package fi.osaamo.demo;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.BusinessId;
import fi.osaamo.organisation.NewOrganisation;
import fi.osaamo.organisation.Organisation;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The demo region's organisations, people and demo accounts: created on the first start,
 * completed with the accounts a newer demo has, and the accounts' password set on every
 * start.
 */
@Component
class DemoPeople {

	private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);

	private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final DemoProperties properties;

	private final IdentityManagement identities;

	private final OrganisationManagement organisations;

	private final PasswordEncoder passwords;

	DemoPeople(DemoProperties properties, IdentityManagement identities, OrganisationManagement organisations,
			PasswordEncoder passwords) {
		this.properties = properties;
		this.identities = identities;
		this.organisations = organisations;
		this.passwords = passwords;
	}

	/**
	 * Seeds the organisations and people, or adds the accounts an existing region lacks,
	 * and sets every demo account's password.
	 * @return the password: the configured one, or one generated for this run
	 */
	String seedAccounts() {
		var password = StringUtils.hasText(properties.password()) ? properties.password() : randomPassword();
		var hash = passwords.encode(password);
		if (organisations.list(DemoRegion.PLATFORM, OrganisationType.PLATFORM, 0, 1).total() == 0) {
			seed(hash);
		}
		else {
			addMissingAccounts(hash);
			resetPasswords(hash);
		}
		return password;
	}

	/**
	 * A demo account's person.
	 * @param username the account's user name
	 * @return the person, if the account exists
	 */
	Optional<PersonId> person(String username) {
		return identities.findByUsername(username).map(found -> found.id());
	}

	/**
	 * The demo region's city.
	 * @return its organisation, if it exists
	 */
	Optional<OrganisationId> city() {
		var places = new HashMap<String, OrganisationId>();
		place(places, "city", DemoRegion.CITY, OrganisationType.CITY);
		return Optional.ofNullable(places.get("city"));
	}

	/**
	 * The first companies of the demo region.
	 * @param count how many
	 * @return the companies
	 */
	List<Organisation> companies(int count) {
		return organisations.list("", OrganisationType.COMPANY, 0, count).items();
	}

	private void seed(String passwordHash) {
		log.info("Seeding the demo region");
		var random = new Random(2026);
		var places = new HashMap<String, OrganisationId>();
		places.put("platform", create(OrganisationType.PLATFORM, DemoRegion.PLATFORM, null, null, null));
		places.put("city", create(OrganisationType.CITY, DemoRegion.CITY, null, DemoRegion.CITY_MUNICIPALITY, null));
		places.put("school",
				create(OrganisationType.SCHOOL, DemoRegion.SCHOOLS.get(0), null, DemoRegion.CITY_MUNICIPALITY, "85"));
		create(OrganisationType.SCHOOL, DemoRegion.SCHOOLS.get(1), null, DemoRegion.CITY_MUNICIPALITY, "85");
		var companies = companies(random);
		places.put("company", companies.get(0));
		places.put("company2", companies.get(1));
		for (var account : DemoRegion.ACCOUNTS) {
			createAccount(account, places.get(account.organisation()), passwordHash);
		}
		people(random, companies);
	}

	private void createAccount(DemoRegion.Account account, OrganisationId place, String passwordHash) {
		var person = identities.register(new NewPerson(account.givenName(), account.familyName(),
				account.username() + "@demo.osaamo.invalid", null));
		identities.createLocalAccount(person.id(), account.username(), passwordHash);
		organisations.addMember(place, person.id(), account.role());
	}

	private List<OrganisationId> companies(Random random) {
		var ids = new ArrayList<OrganisationId>();
		var number = 3_100_000 + random.nextInt(100_000);
		for (var company : DemoRegion.COMPANIES) {
			int check;
			do {
				number += 1 + random.nextInt(9_000);
				check = BusinessId.checkDigit(String.format("%07d", number));
			}
			while (check < 0);
			var businessId = new BusinessId(String.format("%07d-%d", number, check));
			var municipality = DemoRegion.MUNICIPALITIES.get(random.nextInt(DemoRegion.MUNICIPALITIES.size()));
			ids.add(create(OrganisationType.COMPANY, company[0], businessId, municipality, company[1]));
		}
		return ids;
	}

	private void people(Random random, List<OrganisationId> companies) {
		var count = properties.people() == null ? 300 : properties.people();
		for (int i = 0; i < count; i++) {
			var given = DemoRegion.GIVEN_NAMES.get(random.nextInt(DemoRegion.GIVEN_NAMES.size()));
			var family = DemoRegion.FAMILY_NAMES.get(random.nextInt(DemoRegion.FAMILY_NAMES.size()));
			var person = identities.register(new NewPerson(given, family, null, null));
			// About one in six is a job seeker with no organisation; the rest work in a
			// company, the first companies being the larger ones.
			if (random.nextInt(6) != 0) {
				var company = companies.get(Math.min(companies.size() - 1, (int) Math.abs(random.nextGaussian() * 12)));
				organisations.addMember(company, person.id(), Role.EMPLOYEE);
			}
		}
	}

	private OrganisationId create(OrganisationType type, String name, @Nullable BusinessId businessId,
			@Nullable String municipality, @Nullable String industry) {
		return organisations.create(new NewOrganisation(type, name, businessId, municipality, industry)).id();
	}

	/**
	 * Adds the demo accounts that a newer version of the demo region has and an existing
	 * database lacks.
	 */
	private void addMissingAccounts(String passwordHash) {
		var places = new HashMap<String, OrganisationId>();
		place(places, "platform", DemoRegion.PLATFORM, OrganisationType.PLATFORM);
		place(places, "city", DemoRegion.CITY, OrganisationType.CITY);
		place(places, "school", DemoRegion.SCHOOLS.get(0), OrganisationType.SCHOOL);
		place(places, "company", DemoRegion.COMPANIES.get(0)[0], OrganisationType.COMPANY);
		place(places, "company2", DemoRegion.COMPANIES.get(1)[0], OrganisationType.COMPANY);
		for (var account : DemoRegion.ACCOUNTS) {
			var place = places.get(account.organisation());
			if (place == null || identities.findByUsername(account.username()).isPresent()) {
				continue;
			}
			createAccount(account, place, passwordHash);
		}
	}

	private void place(Map<String, OrganisationId> places, String key, String name, OrganisationType type) {
		organisations.list(name, type, 0, 1)
			.items()
			.stream()
			.filter(organisation -> organisation.name().equals(name))
			.findFirst()
			.ifPresent(organisation -> places.put(key, organisation.id()));
	}

	private void resetPasswords(String passwordHash) {
		for (var account : DemoRegion.ACCOUNTS) {
			identities.localCredentials(account.username())
				.ifPresent(credentials -> identities.changePasswordHash(credentials.person().id(), passwordHash));
		}
	}

	private static String randomPassword() {
		var random = new SecureRandom();
		var password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
		}
		return password.toString();
	}

}
