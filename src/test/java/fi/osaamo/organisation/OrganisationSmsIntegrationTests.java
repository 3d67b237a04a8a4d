package fi.osaamo.organisation;

import java.time.LocalTime;
import java.util.UUID;

import fi.osaamo.IntegrationTest;
import fi.osaamo.TestUsers;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.messaging.SmsSettings;
import fi.osaamo.messaging.SmsSettingsManagement;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An organisation's administrators set the sender id and quiet hours of its text
 * messages; refused input is explained beside its field and kept; members who are not its
 * administrators, and administrators of another organisation, are refused on the server.
 */
@IntegrationTest
class OrganisationSmsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	IdentityManagement identities;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	SmsSettingsManagement settings;

	OrganisationId company;

	OrganisationId other;

	Cookie admin;

	@BeforeEach
	void twoCompaniesAndAnAdministratorOfTheFirst() throws Exception {
		company = company("Tekstiviesti Oy");
		other = company("Naapuriviesti Oy");
		admin = users().signIn(mvc, company, Role.ADMIN);
	}

	@Test
	void theDefaultsAreShownAndAnAdministratorSavesNewSettings() throws Exception {
		page(company, admin, "fi").andExpect(status().isOk())
			.andExpect(content().string(containsString("Osaamo (palvelun oletus)")))
			.andExpect(content().string(containsString("Klo 20.00–8.00 joka päivä")))
			.andExpect(content().string(containsString("value=\"20.00\"")))
			.andExpect(content().string(containsString("value=\"8.00\"")))
			.andExpect(content().string(containsString("Traficom")))
			.andExpect(content().string(containsString("STOP, LOPETA tai SLUTA")));

		var saved = save(company, admin, "fi", " Kallio ", "21:30", "07:15", true)
			.andExpect(redirectedUrl("/organisations/" + company + "/sms"))
			.andReturn();
		assertThat(settings.of(company.value()))
			.isEqualTo(new SmsSettings(company.value(), "Kallio", LocalTime.of(21, 30), LocalTime.of(7, 15), true));
		mvc.perform(get("/organisations/" + company + "/sms").cookie(admin)
			.header("Accept-Language", "fi")
			.flashAttrs(saved.getFlashMap()))
			.andExpect(content().string(containsString("Tekstiviestien asetukset tallennettiin.")))
			.andExpect(content().string(containsString("Klo 21.30–7.15 joka päivä")))
			.andExpect(content().string(containsString("Lauantait ja sunnuntait ovat hiljaisia koko päivän")))
			.andExpect(content().string(containsString("value=\"Kallio\"")))
			.andExpect(content().string(containsString("value=\"21.30\"")));
		page(company, admin, "sv").andExpect(content().string(containsString("value=\"07:15\"")))
			.andExpect(content().string(containsString("21:30–07:15 varje dag")));
	}

	@Test
	void aBlankSenderIdIsThePlatformsAndEqualTimesMeanNoQuietHours() throws Exception {
		save(company, admin, "en", "Kallio", "20:00", "08:00", false).andExpect(status().is3xxRedirection());
		save(company, admin, "en", "  ", "2200", "22", false).andExpect(status().is3xxRedirection());
		assertThat(settings.of(company.value()))
			.isEqualTo(new SmsSettings(company.value(), null, LocalTime.of(22, 0), LocalTime.of(22, 0), false));
		page(company, admin, "en").andExpect(content().string(containsString("Osaamo (the platform's default)")))
			.andExpect(content().string(containsString("None: messages leave at any time of day")));
	}

	@Test
	void aRefusedSenderIdIsExplainedBesideItsFieldInEveryLanguageAndKept() throws Exception {
		var typed = "Liian pitkä nimi!";
		save(company, admin, "fi", typed, "21:00", "07:00", true).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"senderId-error\"")))
			.andExpect(content().string(containsString("Lähettäjätunnus on enintään 11 kirjainta")))
			.andExpect(content().string(containsString("value=\"" + typed + "\"")))
			.andExpect(content().string(containsString("value=\"21:00\"")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(containsString("href=\"#senderId\"")));
		save(company, admin, "sv", typed, "21:00", "07:00", true)
			.andExpect(content().string(containsString("Ett avsändar-id är högst 11 bokstäver")));
		save(company, admin, "en", typed, "21:00", "07:00", true)
			.andExpect(content().string(containsString("A sender id is up to 11 letters")));
		assertThat(settings.of(company.value())).isEqualTo(SmsSettings.defaults(company.value()));
	}

	@Test
	void timesThatAreNotTimesAreExplainedBesideTheirFields() throws Exception {
		save(company, admin, "en", "Kallio", "25:00", "", false).andExpect(status().isOk())
			.andExpect(content().string(containsString("There are 2 problems")))
			.andExpect(content().string(containsString("id=\"quietFrom-error\"")))
			.andExpect(content().string(containsString("Enter the time in hours and minutes on the 24-hour clock")))
			.andExpect(content().string(containsString("id=\"quietUntil-error\"")))
			.andExpect(content().string(containsString("Enter a time, for example 20:00.")))
			.andExpect(content().string(containsString("value=\"25:00\"")))
			.andExpect(content().string(containsString("value=\"Kallio\"")));
		save(company, admin, "fi", "", "klo 8", "07:00", false)
			.andExpect(content().string(containsString("Anna kellonaika tunteina ja minuutteina")));
		assertThat(settings.of(company.value())).isEqualTo(SmsSettings.defaults(company.value()));
	}

	@Test
	void anAdministratorOfAnotherOrganisationMayNeitherReadNorChangeThem() throws Exception {
		settings.save(new SmsSettings(other.value(), "Naapuri", LocalTime.of(19, 0), LocalTime.of(9, 0), true),
				users().account("naapuri").id());
		page(other, admin, "en").andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("Naapuri"))));
		save(other, admin, "en", "Kallio", "20:00", "08:00", false).andExpect(status().isForbidden());
		assertThat(settings.of(other.value()).senderId()).isEqualTo("Naapuri");
	}

	@Test
	void membersWhoAreNotAdministratorsAreRefusedAndSeeNoLink() throws Exception {
		for (var role : new Role[] { Role.EMPLOYEE, Role.HR, Role.COMPANY_REP }) {
			var member = users().signIn(mvc, company, role);
			page(company, member, "en").andExpect(status().isForbidden());
			save(company, member, "en", "Kallio", "20:00", "08:00", false).andExpect(status().isForbidden());
			mvc.perform(get("/organisations/" + company).cookie(member).header("Accept-Language", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("/organisations/" + company + "/sms"))));
		}
		assertThat(settings.of(company.value())).isEqualTo(SmsSettings.defaults(company.value()));
	}

	@Test
	void theOrganisationsPageLinksItsAdministratorsToTheSettings() throws Exception {
		mvc.perform(get("/organisations/" + company).cookie(admin).header("Accept-Language", "sv"))
			.andExpect(content().string(containsString("href=\"/organisations/" + company + "/sms\"")))
			.andExpect(content().string(containsString("Inställningar för textmeddelanden")));
	}

	private ResultActions page(OrganisationId organisation, Cookie session, String language) throws Exception {
		return mvc.perform(
				get("/organisations/" + organisation + "/sms").cookie(session).header("Accept-Language", language));
	}

	private ResultActions save(OrganisationId organisation, Cookie session, String language, String senderId,
			String from, String until, boolean weekends) throws Exception {
		var request = post("/organisations/" + organisation + "/sms").cookie(session)
			.with(csrf())
			.header("Accept-Language", language)
			.param("senderId", senderId)
			.param("quietFrom", from)
			.param("quietUntil", until);
		return mvc.perform(weekends ? request.param("quietWeekends", "true") : request);
	}

	private OrganisationId company(String name) {
		return organisations
			.create(new NewOrganisation(OrganisationType.COMPANY, name + " " + UUID.randomUUID(),
					fi.osaamo.TestCompanies.businessId(), "092", "25"))
			.id();
	}

	private TestUsers users() {
		return new TestUsers(identities, organisations, passwords);
	}

}
