package fi.osaamo.coach.apprenticeships;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.Role;
import org.springframework.stereotype.Component;

/**
 * Finds the accounts an import names by e-mail address among an organisation's members in
 * one role. The addresses are read from the vault once per organisation and role in an
 * import, each read logged as the importer's.
 */
@Component
class StaffByEmail {

	private static final String PURPOSE = "Apprenticeship import: finding the staff named by e-mail";

	private final OrganisationManagement organisations;

	private final IdentityManagement identities;

	StaffByEmail(OrganisationManagement organisations, IdentityManagement identities) {
		this.organisations = organisations;
		this.identities = identities;
	}

	/**
	 * A lookup for one import.
	 * @param importer who imports (the vault's reads are logged as theirs)
	 * @return the lookup
	 */
	Lookup lookup(PersonId importer) {
		return new Lookup(importer);
	}

	/** The members read so far in one import. */
	final class Lookup {

		private final PersonId importer;

		private final Map<String, Map<String, PersonId>> read = new HashMap<>();

		private Lookup(PersonId importer) {
			this.importer = importer;
		}

		/**
		 * The member of an organisation in a role with an address.
		 * @param organisation the organisation
		 * @param role the role
		 * @param email the address, in any case
		 * @return the member, if there is one
		 */
		Optional<PersonId> find(OrganisationId organisation, Role role, String email) {
			var members = this.read.computeIfAbsent(organisation + "/" + role, key -> members(organisation, role));
			return Optional.ofNullable(members.get(email.strip().toLowerCase(Locale.ROOT)));
		}

		private Map<String, PersonId> members(OrganisationId organisation, Role role) {
			var byEmail = new HashMap<String, PersonId>();
			for (var member : StaffByEmail.this.organisations.memberIds(organisation, role)) {
				StaffByEmail.this.identities.personalData(member, this.importer, PURPOSE)
					.map(data -> data.email())
					.ifPresent(email -> byEmail.put(email.toLowerCase(Locale.ROOT), member));
			}
			return byEmail;
		}

	}

}
