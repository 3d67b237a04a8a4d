package fi.osaamo.coach.followup;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.osaamo.IntegrationTest;
import fi.osaamo.TestClock;
import fi.osaamo.TestCompanies;
import fi.osaamo.TestUsers;
import fi.osaamo.coach.CoachManagement;
import fi.osaamo.coach.ImportRow;
import fi.osaamo.coach.NewApprenticeship;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.messaging.sms.SmsFixture;
import fi.osaamo.organisation.NewOrganisation;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * The follow-up through the in-JVM SMSC, on a fixed day: the query due that day goes out
 * once, in the apprentice's language, with its numbered answers; the apprentice's "3" is
 * read as a need for instruction for the workplace instructor, and a reply without a
 * number as unclear.
 */
@IntegrationTest
class FollowUpIntegrationTests {

	private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

	// Years after the demo's periods: only this test's apprenticeship is under way.
	private static final LocalDate DAY = LocalDate.of(2031, 3, 12);

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	IdentityManagement identities;

	@Autowired
	CoachManagement coach;

	@Autowired
	QuerySender sender;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SmsFixture sms;

	@Autowired
	MockMvc mvc;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void theDueQueryGoesOutOnceAndTheAnswerIsRead() throws Exception {
		var number = SmsFixture.freshNumber();
		var school = school();
		var staff = member(school, Role.SCHOOL_STAFF, null);
		var company = TestCompanies.create(this.organisations, "Työpaikka " + UUID.randomUUID());
		var instructor = "ohjaaja-" + UUID.randomUUID() + "@example.fi";
		member(company, Role.WORKPLACE_INSTRUCTOR, instructor);
		this.coach.startRecommendedMatrix(school, staff);
		var report = this.coach.importApprenticeships(school, staff,
				List.of(new ImportRow(2,
						new NewApprenticeship("F-1", "Aino", "Aalto", number, "fi",
								String.valueOf(this.organisations.require(company).businessId()), "Kone", "",
								DAY.minusDays(2).toString(), DAY.plusDays(60).toString(), instructor, "", ""))));
		assertThat(report.rejected()).isEmpty();

		this.clock.pin(DAY.atTime(LocalTime.of(10, 0)).atZone(HELSINKI).toInstant());
		try {
			this.sender.sendDue();
			this.sender.sendDue();
			var keys = this.jdbc.sql("select 'coach:' || id from coach.status_message where school_id = :school")
				.param("school", school.value())
				.query(String.class)
				.list();
			assertThat(keys).hasSize(1);
			this.sms.awaitState(keys.get(0), "DELIVERED");
			assertThat(this.sms.submittedTo(number)).hasSize(2)
				.extracting(part -> part.text())
				.satisfies(parts -> assertThat(String.join("", parts)).contains(
						"Hei! Miten ensimmäiset päivät työpaikalla ovat sujuneet?", "3 = Tarvitsen lisää ohjausta",
						"/m/"));

			this.sms.smsc().reply(number, "Osaamo", "3");
			SmsFixture.await(() -> answers(school).size() == 1, "the answer to be read");
			assertThat(answers(school).get(0)).containsEntry("reading", "NEEDS_HELP")
				.containsEntry("topic", "INSTRUCTION")
				.containsEntry("handler", "INSTRUCTOR")
				.containsEntry("query_key", "first-days");

			var viewer = new TestUsers(this.identities, this.organisations, this.passwords).signIn(this.mvc, school,
					Role.SCHOOL_STAFF);
			this.mvc
				.perform(get("/coach/schools/" + school + "/apprenticeships").cookie(viewer)
					.header("Accept-Language", "en"))
				.andExpect(content().string(containsString("Needs help (instruction)")));

			this.sms.smsc().reply(number, "Osaamo", "En tiedä vielä");
			SmsFixture.await(() -> answers(school).size() == 2, "the second answer to be read");
			assertThat(answers(school).get(1)).containsEntry("reading", "UNCLEAR");
		}
		finally {
			this.clock.release();
		}
	}

	private List<Map<String, Object>> answers(OrganisationId school) {
		return this.jdbc.sql("""
				select a.reading, a.topic, a.handler, m.query_key from coach.answer a
				join coach.status_message m on m.id = a.status_message_id
				where m.school_id = :school order by a.id""").param("school", school.value()).query().listOfRows();
	}

	private OrganisationId school() {
		return this.organisations
			.create(new NewOrganisation(OrganisationType.SCHOOL, "Koulu " + UUID.randomUUID(), null, "092", null))
			.id();
	}

	private fi.osaamo.identity.PersonId member(OrganisationId organisation, Role role, String email) {
		var person = this.identities.register(new NewPerson("Testi", "Henkilö", email, null)).id();
		this.organisations.addMember(organisation, person, role);
		return person;
	}

}
