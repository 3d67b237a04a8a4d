package fi.osaamo;

import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import fi.osaamo.organisation.BusinessId;
import fi.osaamo.organisation.NewOrganisation;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;

/**
 * Fresh companies for tests that need one of their own, each with a valid random business
 * ID that no other test in the JVM has been given (300 random IDs collided now and then).
 */
public final class TestCompanies {

	private static final Random RANDOM = new Random();

	private static final Set<String> ISSUED = ConcurrentHashMap.newKeySet();

	private TestCompanies() {
	}

	public static OrganisationId create(OrganisationManagement organisations, String name) {
		return organisations.create(new NewOrganisation(OrganisationType.COMPANY, name, businessId(), null, null)).id();
	}

	public static BusinessId businessId() {
		while (true) {
			var number = String.format("%07d", RANDOM.nextInt(10_000_000));
			var check = BusinessId.checkDigit(number);
			if (check >= 0 && ISSUED.add(number)) {
				return new BusinessId(number + "-" + check);
			}
		}
	}

}
