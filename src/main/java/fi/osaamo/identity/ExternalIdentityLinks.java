package fi.osaamo.identity;

import java.util.UUID;

import fi.osaamo.identity.IdentityConfiguration.Vault;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The links from e-identifications to persons in the vault: finds or creates the person
 * behind an identity provider's assertion and keeps their name and e-mail from it.
 */
@Component
class ExternalIdentityLinks {

	private static final String LINK = """
			insert into identity.external_identity (issuer, subject, person_id, last_sign_in)
			values (:issuer, :subject, :id, now())""";

	private static final String UPDATE_FROM_IDENTITY = """
			update identity.personal_data set
			  given_name = coalesce(:given, given_name), family_name = coalesce(:family, family_name),
			  email = coalesce(:email, email), national_id = coalesce(:nationalId, national_id),
			  updated_at = now(), version = version + 1
			where person_id = :id""";

	private final Vault vault;

	private final PseudonymousPersons persons;

	private final AccessLog log;

	private final ExternalIdentityLookups lookups;

	ExternalIdentityLinks(@Qualifier("vault") Vault vault, PseudonymousPersons persons, AccessLog log,
			ExternalIdentityLookups lookups) {
		this.vault = vault;
		this.persons = persons;
		this.log = log;
		this.lookups = lookups;
	}

	/**
	 * The person behind an e-identification: the one already linked to it, else the one
	 * with the same national identity number, else a new person. The link is stored.
	 * @param identity the provider's assertion
	 * @return the person, and whether they were created
	 */
	Resolved resolve(ExternalIdentity identity) {
		return vault.transactions().execute(status -> resolveInTransaction(identity));
	}

	private Resolved resolveInTransaction(ExternalIdentity identity) {
		var linked = lookups.linkedPerson(identity);
		if (linked.isPresent()) {
			touch(identity);
			return new Resolved(linked.get(), false);
		}
		var byNationalId = lookups.personWithNationalId(identity.nationalId());
		var summary = byNationalId.orElseGet(this::newPerson);
		updateFromIdentity(summary.id(), identity);
		link(summary.id(), identity);
		return new Resolved(summary, byNationalId.isEmpty());
	}

	private PersonSummary newPerson() {
		var id = new PersonId(UUID.randomUUID());
		var pseudonym = persons.insert(id);
		vault.jdbc()
			.sql("insert into identity.personal_data (person_id) values (:id)")
			.param("id", id.value())
			.update();
		return new PersonSummary(id, pseudonym);
	}

	private void link(PersonId person, ExternalIdentity identity) {
		vault.jdbc()
			.sql(LINK)
			.param("issuer", identity.issuer())
			.param("subject", identity.subject())
			.param("id", person.value())
			.update();
		log.log(person, person, "LINKED_E_IDENTIFICATION", identity.issuer());
	}

	private void touch(ExternalIdentity identity) {
		vault.jdbc()
			.sql("update identity.external_identity set last_sign_in = now() where issuer = :issuer and subject = :subject")
			.param("issuer", identity.issuer())
			.param("subject", identity.subject())
			.update();
	}

	private void updateFromIdentity(PersonId id, ExternalIdentity identity) {
		vault.jdbc()
			.sql(UPDATE_FROM_IDENTITY)
			.param("given", ContactDetails.truncate(identity.givenName(), ContactDetails.MAX_NAME))
			.param("family", ContactDetails.truncate(identity.familyName(), ContactDetails.MAX_NAME))
			.param("email", ContactDetails.truncate(identity.email(), ContactDetails.MAX_EMAIL))
			.param("nationalId", ContactDetails.truncate(identity.nationalId(), 20))
			.param("id", id.value())
			.update();
	}

	/** The person behind an e-identification, and whether they were added just now. */
	record Resolved(PersonSummary summary, boolean created) {
	}

}
