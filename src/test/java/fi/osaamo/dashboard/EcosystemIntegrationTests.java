package fi.osaamo.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.osaamo.IntegrationTest;
import fi.osaamo.TestCompanies;
import fi.osaamo.TestUsers;
import fi.osaamo.companies.CompanyRef;
import fi.osaamo.companies.NeedKind;
import fi.osaamo.companies.NeedManagement;
import fi.osaamo.companies.NeedStatus;
import fi.osaamo.companies.NewNeed;
import fi.osaamo.companies.NewService;
import fi.osaamo.companies.ServiceCatalogue;
import fi.osaamo.companies.ServiceKind;
import fi.osaamo.companies.Urgency;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.identity.PersonId;
import fi.osaamo.jobs.Importance;
import fi.osaamo.jobs.JobDraft;
import fi.osaamo.jobs.JobManagement;
import fi.osaamo.jobs.JobStatus;
import fi.osaamo.jobs.RequiredSkill;
import fi.osaamo.organisation.NewOrganisation;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import fi.osaamo.platform.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ecosystem map: the team's referrals draw companies and their partners (schools,
 * city services, other providers), apprenticeships among them; another team's referrals
 * never show.
 */
@IntegrationTest
class EcosystemIntegrationTests {

	static final String WELDING = "http://data.europa.eu/esco/skill/530cb489-d900-46ab-9350-4d50ccd49eea";

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	IdentityManagement identities;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	NeedManagement needs;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	JobManagement jobs;

	@Test
	void theTeamsReferralsDrawTheRegionsCooperation() throws Exception {
		var users = new TestUsers(identities, organisations, passwords);
		var tag = UUID.randomUUID().toString().substring(0, 8);
		var team = users.city("Ekola");
		var teamName = organisations.require(team).name();
		var member = users.signIn(mvc, team, Role.GROWTH_TEAM);
		var actor = person(team, Role.GROWTH_TEAM);
		var school = "Ekolan ammattiopisto " + tag;
		organisations.create(new NewOrganisation(OrganisationType.SCHOOL, school, null, "092", "85"));
		var apprenticeship = catalogue.add(team,
				new NewService("Oppisopimus", ServiceKind.APPRENTICESHIP, school, null, null));
		var coaching = catalogue.add(team,
				new NewService("Kasvuvalmennus", ServiceKind.COACHING, teamName, null, null));
		var technology = catalogue.add(team,
				new NewService("Sparraus", ServiceKind.TECHNOLOGY, "Teknologiakeskus " + tag, null, null));

		var busyId = TestCompanies.businessId();
		var busy = new CompanyRef(busyId.value(), "Ekolan Konepaja " + tag + " Oy", "25110");
		var quiet = new CompanyRef(TestCompanies.businessId().value(), "Ekolan Leipomo " + tag + " Oy", "10710");
		refer(team, busy, apprenticeship, actor, false);
		refer(team, busy, apprenticeship, actor, false);
		refer(team, busy, technology, actor, false);
		refer(team, quiet, coaching, actor, true);
		// The busy company uses Osaamo and has two open job tasks.
		var company = organisations
			.create(new NewOrganisation(OrganisationType.COMPANY, busy.name(), busyId, "092", "25"))
			.id();
		var hr = person(company, Role.HR);
		for (int i = 0; i < 2; i++) {
			jobs.create(hr, company, new JobDraft("Hitsaaja " + i, null, null, null, null, null, null, JobStatus.OPEN,
					List.of(new RequiredSkill(WELDING, 3, Importance.MUST, 1.0))));
		}

		var html = mvc.perform(get("/dashboard/ecosystem").cookie(member).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("2 companies cooperated with 3 partners in the period.", "id=\"eco-svg\"",
				"Ekolan Konepaja " + tag + " Oy: 3 referrals, 2 open job tasks in Osaamo",
				school + " (School): 2 referrals", teamName + " (City service): 1 referral",
				"Teknologiakeskus " + tag + " (Other provider): 1 referral", "eco-link eco-link--apprenticeship",
				"Apprenticeship: 2 referrals", "href=\"/dashboard/companies/" + busyId.value() + "\"");
		// The table lists each link with the needs met.
		assertThat(html)
			.containsPattern("Ekolan Leipomo " + tag + " Oy</a></th>\\s*<td>" + java.util.regex.Pattern.quote(teamName)
					+ "</td>\\s*<td>Coaching</td>\\s*" + "<td class=\"num\">1</td>\\s*<td class=\"num\">1</td>");

		var apprenticeships = mvc
			.perform(get("/dashboard/ecosystem").cookie(member)
				.header("Accept-Language", "fi")
				.param("kind", "APPRENTICESHIP")
				.param("months", "3"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(apprenticeships).contains("1 yritys teki yhteistyötä 1 kumppanin kanssa ajanjaksolla.", school)
			.doesNotContain("Ekolan Leipomo " + tag, "Teknologiakeskus " + tag);

		var other = users.signIn(mvc, users.city("Muula"), Role.GROWTH_TEAM);
		var elsewhere = mvc.perform(get("/dashboard/ecosystem").cookie(other).header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(elsewhere).contains("id=\"no-cooperation\"").doesNotContain("Ekolan Konepaja " + tag);
		mvc.perform(get("/dashboard/ecosystem").cookie(member).header("Accept-Language", "en").param("months", "7"))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString())
				.contains("\"7\" is not one of the choices."));
		mvc.perform(get("/dashboard/ecosystem").cookie(users.signIn(mvc, company, Role.HR)))
			.andExpect(status().isForbidden());
	}

	private void refer(OrganisationId team, CompanyRef company, UUID service, PersonId actor, boolean met) {
		var need = needs.chart(team, company, new NewNeed(NeedKind.COMPETENCE, "Osaajia", Urgency.MEDIUM), actor);
		var referral = needs.refer(team, need, service, LocalDate.now().plusDays(14), Language.FI, 0, actor);
		if (met) {
			needs.recordOutcome(team, referral, "Valmennus auttoi", true, actor);
		}
		assertThat(needs.findNeed(team, need).orElseThrow().status())
			.isEqualTo(met ? NeedStatus.MET : NeedStatus.REFERRED);
	}

	private PersonId person(OrganisationId organisation, Role role) {
		var person = identities.register(new NewPerson("Eko", "Tiimi", null, null));
		organisations.addMember(organisation, person.id(), role);
		return person.id();
	}

}
