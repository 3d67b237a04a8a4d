package fi.osaamo.identity;

import fi.osaamo.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class IdentityVaultIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IdentityManagement identities;

	@Test
	void otherModulesConnectionsCannotReadTheVault() {
		identities.register(new NewPerson("Vilja", "Vault", "vilja@example.invalid", null));
		for (var table : new String[] { "identity.person", "identity.personal_data", "identity.local_account",
				"identity.external_identity", "identity.access_log" }) {
			assertThatThrownBy(() -> jdbc.sql("select count(*) from " + table).query(Long.class).single()).as(table)
				.rootCause()
				.hasMessageContaining("permission denied");
		}
	}

	@Test
	void registersUnderAPseudonymThatRevealsNothing() {
		var person = identities.register(new NewPerson("Aapo", "Anonyymi", "aapo@example.invalid", "+358401234567"));
		assertThat(person.pseudonym()).matches("\\p{L}+-\\d{4}").doesNotContain("Aapo").doesNotContain("Anonyymi");
		assertThat(identities.find(person.id())).contains(person);
	}

	@Test
	void everyLookAtPersonalDataIsLogged() {
		var subject = identities.register(new NewPerson("Saara", "Subjekti", null, null));
		var viewer = identities.register(new NewPerson("Veli", "Viewer", null, null));
		var data = identities.personalData(subject.id(), viewer.id(), "test look");
		assertThat(data).hasValueSatisfying(found -> assertThat(found.fullName()).isEqualTo("Saara Subjekti"));
		assertThat(identities.accessLog(subject.id(), 10)).singleElement().satisfies(entry -> {
			assertThat(entry.actor()).isEqualTo(viewer.pseudonym());
			assertThat(entry.self()).isFalse();
			assertThat(entry.action()).isEqualTo("VIEW");
			assertThat(entry.purpose()).isEqualTo("test look");
		});
	}

	@Test
	void eIdentificationCreatesThePersonOnceAndThenFindsIt() {
		var identity = new ExternalIdentity("https://idp.example", "subject-1", "Eero", "Eid", null, "010190-900P");
		var first = identities.resolve(identity);
		var again = identities.resolve(identity);
		assertThat(again).isEqualTo(first);
		var otherProviderSamePerson = identities
			.resolve(new ExternalIdentity("https://bank.example", "x-77", "Eero", "Eid", null, "010190-900P"));
		assertThat(otherProviderSamePerson).as("linked by national identity number").isEqualTo(first);
	}

}
