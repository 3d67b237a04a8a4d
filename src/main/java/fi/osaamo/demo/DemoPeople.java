package fi.osaamo.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.Organisation;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import org.springframework.stereotype.Component;

/**
 * The demo region's organisations, people and demo accounts: created on the first start
 * ({@link DemoPopulation}), completed with the accounts a newer demo has, and the
 * accounts' password set on every start.
 */
@Component
class DemoPeople {

	private final IdentityManagement identities;

	private final OrganisationManagement organisations;

	private final DemoPasswords passwords;

	private final DemoPopulation population;

	DemoPeople(IdentityManagement identities, OrganisationManagement organisations, DemoPasswords passwords,
			DemoPopulation population) {
		this.identities = identities;
		this.organisations = organisations;
		this.passwords = passwords;
		this.population = population;
	}

	/**
	 * Seeds the organisations and people, or adds the accounts an existing region lacks,
	 * and sets every demo account's password.
	 * @return the password: the configured one, or one generated for this run
	 */
	String seedAccounts() {
		var password = passwords.password();
		var hash = passwords.hash(password);
		if (organisations.list(DemoRegion.PLATFORM, OrganisationType.PLATFORM, 0, 1).total() == 0) {
			population.seed(hash);
		}
		else {
			addMissingAccounts(hash);
			passwords.reset(hash);
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
	 * An organisation of the demo region by its name.
	 * @param name its name
	 * @param type its type
	 * @return the organisation, if it exists
	 */
	Optional<OrganisationId> organisation(String name, OrganisationType type) {
		var places = new HashMap<String, OrganisationId>();
		place(places, name, name, type);
		return Optional.ofNullable(places.get(name));
	}

	/**
	 * The first companies of the demo region.
	 * @param count how many
	 * @return the companies
	 */
	List<Organisation> companies(int count) {
		return organisations.list("", OrganisationType.COMPANY, 0, count).items();
	}

	/**
	 * Adds the demo accounts that a newer version of the demo region has and an existing
	 * database lacks.
	 */
	private void addMissingAccounts(String passwordHash) {
		var places = existingPlaces();
		for (var account : DemoRegion.ACCOUNTS) {
			var place = places.get(account.organisation());
			if (place == null || identities.findByUsername(account.username()).isPresent()) {
				continue;
			}
			population.createAccount(account, place, passwordHash);
		}
	}

	/** The organisations the demo accounts belong to, those that exist. */
	private Map<String, OrganisationId> existingPlaces() {
		var places = new HashMap<String, OrganisationId>();
		place(places, "platform", DemoRegion.PLATFORM, OrganisationType.PLATFORM);
		place(places, "city", DemoRegion.CITY, OrganisationType.CITY);
		place(places, "school", DemoRegion.SCHOOLS.get(0), OrganisationType.SCHOOL);
		place(places, "company", DemoRegion.COMPANIES.get(0)[0], OrganisationType.COMPANY);
		place(places, "company2", DemoRegion.COMPANIES.get(1)[0], OrganisationType.COMPANY);
		return places;
	}

	private void place(Map<String, OrganisationId> places, String key, String name, OrganisationType type) {
		organisations.list(name, type, 0, 1)
			.items()
			.stream()
			.filter(organisation -> organisation.name().equals(name))
			.findFirst()
			.ifPresent(organisation -> places.put(key, organisation.id()));
	}

}
