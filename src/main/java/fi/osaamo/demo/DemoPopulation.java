package fi.osaamo.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.organisation.BusinessId;
import fi.osaamo.organisation.NewOrganisation;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates the demo region on the first start: its organisations, the demo accounts and
 * the generated people who work in its companies.
 */
@Component
class DemoPopulation {

	private static final Logger log = LoggerFactory.getLogger(DemoPopulation.class);

	private final DemoProperties properties;

	private final IdentityManagement identities;

	private final OrganisationManagement organisations;

	DemoPopulation(DemoProperties properties, IdentityManagement identities, OrganisationManagement organisations) {
		this.properties = properties;
		this.identities = identities;
		this.organisations = organisations;
	}

	void seed(String passwordHash) {
		log.info("Seeding the demo region");
		var random = new Random(2026);
		var places = publicPlaces();
		var companies = companies(random);
		places.put("company", companies.get(0));
		places.put("company2", companies.get(1));
		for (var account : DemoRegion.ACCOUNTS) {
			createAccount(account, places.get(account.organisation()), passwordHash);
		}
		people(random, companies);
	}

	/** The platform operator, the city and its schools. */
	private Map<String, OrganisationId> publicPlaces() {
		var places = new HashMap<String, OrganisationId>();
		places.put("platform", create(OrganisationType.PLATFORM, DemoRegion.PLATFORM, null, null, null));
		places.put("city", create(OrganisationType.CITY, DemoRegion.CITY, null, DemoRegion.CITY_MUNICIPALITY, null));
		places.put("school",
				create(OrganisationType.SCHOOL, DemoRegion.SCHOOLS.get(0), null, DemoRegion.CITY_MUNICIPALITY, "85"));
		create(OrganisationType.SCHOOL, DemoRegion.SCHOOLS.get(1), null, DemoRegion.CITY_MUNICIPALITY, "85");
		return places;
	}

	void createAccount(DemoRegion.Account account, OrganisationId place, String passwordHash) {
		var person = identities.register(new NewPerson(account.givenName(), account.familyName(),
				account.username() + "@demo.osaamo.invalid", DemoRegion.PHONES.get(account.username())));
		identities.createLocalAccount(person.id(), account.username(), passwordHash);
		organisations.addMember(place, person.id(), account.role());
	}

	private List<OrganisationId> companies(Random random) {
		var ids = new ArrayList<OrganisationId>();
		var number = 3_100_000 + random.nextInt(100_000);
		for (var company : DemoRegion.COMPANIES) {
			number = nextNumber(number, random);
			var businessId = new BusinessId(
					String.format("%07d-%d", number, BusinessId.checkDigit(String.format("%07d", number))));
			var municipality = DemoRegion.MUNICIPALITIES.get(random.nextInt(DemoRegion.MUNICIPALITIES.size()));
			ids.add(create(OrganisationType.COMPANY, company[0], businessId, municipality, company[1]));
		}
		return ids;
	}

	/** The next number drawn after one that has a check digit. */
	private static int nextNumber(int number, Random random) {
		var next = number;
		do {
			next += 1 + random.nextInt(9_000);
		}
		while (BusinessId.checkDigit(String.format("%07d", next)) < 0);
		return next;
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

}
