package fi.osaamo.messaging.ops;

import java.util.UUID;

import fi.osaamo.SignIn;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import jakarta.servlet.http.Cookie;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Fresh platform administrators for the operator view's tests, signed in. A bean of every
 * {@code @IntegrationTest} context.
 *
 * @param mvc the MockMvc to sign in with
 * @param identities the identity vault
 * @param organisations the organisations
 * @param passwords the password encoder
 */
public record SmsAdmins(MockMvc mvc, IdentityManagement identities, OrganisationManagement organisations,
		PasswordEncoder passwords) {

	/**
	 * A signed-in administrator.
	 *
	 * @param id the person
	 * @param session the session cookie
	 */
	public record Admin(PersonId id, Cookie session) {
	}

	/** A new administrator of the platform, with a phone number or none. */
	public Admin signIn(String phone) throws Exception {
		var username = "sms-admin-" + UUID.randomUUID().toString().substring(0, 8);
		var person = this.identities.register(new NewPerson("Ylläpito", "Tekstiviestit", null, phone)).id();
		this.identities.createLocalAccount(person, username, this.passwords.encode(SignIn.PASSWORD));
		var platform = this.organisations.list("", OrganisationType.PLATFORM, 0, 1).items().get(0).id();
		this.organisations.addMember(platform, person, Role.ADMIN);
		return new Admin(person, SignIn.as(this.mvc, username));
	}

}
