package fi.osaamo.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import fi.osaamo.identity.IdentityConfiguration.Vault;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Finds the person an e-identification points to: by its stored link, or by national
 * identity number.
 */
@Component
class ExternalIdentityLookups {

	private static final String LINKED = """
			select p.id, p.pseudonym from identity.external_identity e join identity.person p on p.id = e.person_id
			where e.issuer = :issuer and e.subject = :subject""";

	private static final String BY_NATIONAL_ID = """
			select p.id, p.pseudonym from identity.personal_data d join identity.person p on p.id = d.person_id
			where d.national_id = :nationalId""";

	private final Vault vault;

	ExternalIdentityLookups(@Qualifier("vault") Vault vault) {
		this.vault = vault;
	}

	Optional<PersonSummary> linkedPerson(ExternalIdentity identity) {
		return vault.jdbc()
			.sql(LINKED)
			.param("issuer", identity.issuer())
			.param("subject", identity.subject())
			.query(ExternalIdentityLookups::summary)
			.optional();
	}

	Optional<PersonSummary> personWithNationalId(@Nullable String nationalId) {
		if (nationalId == null || nationalId.isBlank()) {
			return Optional.empty();
		}
		return vault.jdbc()
			.sql(BY_NATIONAL_ID)
			.param("nationalId", nationalId)
			.query(ExternalIdentityLookups::summary)
			.optional();
	}

	private static PersonSummary summary(ResultSet rs, int row) throws SQLException {
		return new PersonSummary(new PersonId(rs.getObject("id", UUID.class)), rs.getString("pseudonym"));
	}

}
