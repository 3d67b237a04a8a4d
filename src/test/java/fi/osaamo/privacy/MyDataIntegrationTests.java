package fi.osaamo.privacy;

import java.util.EnumSet;
import java.util.List;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.competence.Provenance;
import fi.osaamo.competence.Section;
import fi.osaamo.competence.SharingManagement;
import fi.osaamo.competence.SkillClaim;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class MyDataIntegrationTests {

	static final String WELDING = "http://data.europa.eu/esco/skill/530cb489-d900-46ab-9350-4d50ccd49eea";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityManagement identities;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	CompetenceManagement competence;

	@Autowired
	SharingManagement sharing;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void aPersonDownloadsEverythingAndThenDeletesTheirAccountForGood() throws Exception {
		var username = "gdpr-" + System.nanoTime();
		var person = identities.register(new NewPerson("Greta", "Gdpr", "greta@example.invalid", null)).id();
		identities.createLocalAccount(person, username, passwords.encode(SignIn.PASSWORD));
		var company = organisations.list("Konepaja Kallio", OrganisationType.COMPANY, 0, 1).items().get(0).id();
		organisations.addMember(company, person, Role.EMPLOYEE);
		competence.start(person);
		competence.replace(person, List.of(new SkillClaim(WELDING, 3, Provenance.WORK, null, null, true)), List.of(),
				"My summary", 0);
		sharing.share(person, company, EnumSet.of(Section.SKILLS), null);
		var session = SignIn.as(mvc, username);
		var otherDevice = SignIn.as(mvc, username);
		mvc.perform(get("/account").cookie(otherDevice)).andExpect(status().isOk());

		mvc.perform(get("/account/data/export").cookie(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("osaamo-my-data.json")))
			.andExpect(content().string(containsString("greta@example.invalid")))
			.andExpect(content().string(containsString(WELDING)))
			.andExpect(content().string(containsString("My summary")))
			.andExpect(content().string(containsString("Konepaja Kallio Oy")))
			.andExpect(content().string(containsString("privacyNoticeAcceptances")));

		mvc.perform(get("/account/delete").cookie(session))
			.andExpect(content().string(containsString("confirm-delete-account")));
		mvc.perform(post("/account/delete").cookie(session).with(csrf())).andExpect(redirectedUrl("/?accountDeleted"));

		assertThat(identities.find(person)).isEmpty();
		assertThat(identities.localCredentials(username)).isEmpty();
		assertThat(competence.mapping(person)).isEmpty();
		assertThat(sharing.grants(person)).isEmpty();
		assertThat(organisations.membershipsOf(person)).isEmpty();
		mvc.perform(post("/login").with(csrf()).param("username", username).param("password", SignIn.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/account").cookie(session)).andExpect(redirectedUrl("/login"));
		// The session on the other device ended with the account.
		mvc.perform(get("/account").cookie(otherDevice)).andExpect(redirectedUrl("/login"));
	}

}
