package fi.osaamo.identity;

import java.util.Optional;

import fi.osaamo.identity.IdentityConfiguration.Vault;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;

/**
 * Reads and writes persons' names and contact details in the vault's personal data table.
 */
@Component
class PersonalDataTable {

	private static final String INSERT = """
			insert into identity.personal_data (person_id, given_name, family_name, email, phone)
			values (:id, :given, :family, :email, :phone)""";

	private static final String SELECT = """
			select p.id, p.pseudonym, d.given_name, d.family_name, d.email, d.phone,
			       exists (select 1 from identity.external_identity e where e.person_id = p.id) as strong
			from identity.person p left join identity.personal_data d on d.person_id = p.id
			where p.id = :id""";

	private final Vault vault;

	PersonalDataTable(@Qualifier("vault") Vault vault) {
		this.vault = vault;
	}

	/** Stores a new person's details. */
	void insert(PersonId id, NewPerson person) {
		withDetails(vault.jdbc().sql(INSERT), id, person).update();
	}

	/** Stores a person's details, replacing any they had. */
	void upsert(PersonId id, NewPerson details) {
		withDetails(vault.jdbc().sql("""
				insert into identity.personal_data (person_id, given_name, family_name, email, phone)
				values (:id, :given, :family, :email, :phone)
				on conflict (person_id) do update set given_name = excluded.given_name,
				  family_name = excluded.family_name, email = excluded.email, phone = excluded.phone,
				  updated_at = now(), version = identity.personal_data.version + 1"""), id, details).update();
	}

	Optional<PersonalData> find(PersonId subject) {
		return vault.jdbc()
			.sql(SELECT)
			.param("id", subject.value())
			.query((rs, row) -> new PersonalData(subject, rs.getString("pseudonym"), rs.getString("given_name"),
					rs.getString("family_name"), rs.getString("email"), rs.getString("phone"), rs.getBoolean("strong")))
			.optional();
	}

	private static StatementSpec withDetails(StatementSpec statement, PersonId id, NewPerson person) {
		return statement.param("id", id.value())
			.param("given", blankToNull(person.givenName()))
			.param("family", blankToNull(person.familyName()))
			.param("email", blankToNull(person.email()))
			.param("phone", blankToNull(person.phone()));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
