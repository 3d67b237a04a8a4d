package fi.osaamo;

import java.util.UUID;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.organisation.NewOrganisation;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import jakarta.servlet.http.Cookie;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Fresh cities and users for tests that need their own, so that what other tests did to
 * the demo region does not matter.
 *
 * @param identities the identity vault
 * @param organisations the organisations
 * @param passwords the password encoder
 */
public record TestUsers(IdentityManagement identities, OrganisationManagement organisations,
		PasswordEncoder passwords) {

	/**
	 * A new city organisation.
	 * @param name the start of its name; a random suffix keeps it unique
	 * @return its id
	 */
	public OrganisationId city(String name) {
		return organisations
			.create(new NewOrganisation(OrganisationType.CITY, name + " " + UUID.randomUUID(), null, "092", null))
			.id();
	}

	/**
	 * A new person with a local account whose password is {@link SignIn#PASSWORD}.
	 * @param prefix the start of the user name; a random suffix keeps it unique
	 * @return the account
	 */
	public Account account(String prefix) {
		var username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		var person = identities.register(new NewPerson("Testi", "Käyttäjä", null, null));
		identities.createLocalAccount(person.id(), username, passwords.encode(SignIn.PASSWORD));
		return new Account(username, person.id());
	}

	/**
	 * A person with a local account.
	 *
	 * @param username the user name
	 * @param id the person
	 */
	public record Account(String username, fi.osaamo.identity.PersonId id) {
	}

	/**
	 * A new user with a role in an organisation, signed in with the privacy notice
	 * accepted.
	 * @param mvc the MockMvc to sign in with
	 * @param organisation where
	 * @param role the role
	 * @return the session cookie
	 */
	public Cookie signIn(MockMvc mvc, OrganisationId organisation, Role role) throws Exception {
		var account = account("user");
		organisations.addMember(organisation, account.id(), role);
		return SignIn.as(mvc, account.username());
	}

}
