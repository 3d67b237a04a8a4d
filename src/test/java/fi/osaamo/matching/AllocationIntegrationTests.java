package fi.osaamo.matching;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.competence.Provenance;
import fi.osaamo.competence.Section;
import fi.osaamo.competence.SharingManagement;
import fi.osaamo.competence.SkillClaim;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.identity.PersonId;
import fi.osaamo.jobs.Importance;
import fi.osaamo.jobs.JobDraft;
import fi.osaamo.jobs.JobManagement;
import fi.osaamo.jobs.JobStatus;
import fi.osaamo.jobs.RequiredSkill;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.Role;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AllocationIntegrationTests {

	static final String WELDING = "http://data.europa.eu/esco/skill/530cb489-d900-46ab-9350-4d50ccd49eea";

	@Autowired
	MockMvc mvc;

	@Autowired
	Allocations allocations;

	@Autowired
	AllocationReviews reviews;

	@Autowired
	AiRegister register;

	@Autowired
	CompetenceManagement competence;

	@Autowired
	SharingManagement sharing;

	@Autowired
	JobManagement jobs;

	@Autowired
	IdentityManagement identities;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void hrDecidesOnSuggestionsAndTheEmployeeSeesAndContestsThem() throws Exception {
		var suffix = String.valueOf(System.nanoTime());
		var company = company(suffix);
		var hr = account("alloc-hr-" + suffix);
		organisations.addMember(company, hr, Role.HR);
		var sharer = employee(company, "alloc-sharer-" + suffix, true);
		var private_ = employee(company, "alloc-private-" + suffix, false);
		jobs.create(hr, company, new JobDraft("Hitsaaja " + suffix, null, null, null, null, null, null, JobStatus.OPEN,
				List.of(new RequiredSkill(WELDING, 3, Importance.MUST, 1.0))));

		assertThat(allocations.suggest(hr, company, Locale.ENGLISH)).isEqualTo(1);
		assertThat(allocations.suggest(hr, company, Locale.ENGLISH)).as("the same pair is not suggested twice")
			.isZero();
		var suggestions = allocations.forCompany(hr, company);
		assertThat(suggestions).singleElement().satisfies(suggestion -> {
			assertThat(suggestion.person()).isEqualTo(sharer);
			assertThat(suggestion.score()).isEqualTo(100);
		});
		assertThat(allocations.forPerson(private_)).isEmpty();
		var id = suggestions.get(0).id();

		assertThatThrownBy(() -> reviews.decide(hr, id, false, " ")).isInstanceOf(InvalidInputException.class);
		assertThat(allocations.forCompany(hr, company).get(0).proposed()).isTrue();
		var otherHr = identities.findByUsername("demo-hr").orElseThrow().id();
		assertThatThrownBy(() -> reviews.decide(hr, id, true, "")).as("accepting needs a reason too")
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> reviews.decide(otherHr, id, true, "Fine")).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> allocations.forCompany(otherHr, company)).isInstanceOf(NotFoundException.class);

		var hrSession = SignIn.as(mvc, "alloc-hr-" + suffix);
		mvc.perform(post("/matching/allocations/" + id + "/decide").cookie(hrSession)
			.with(csrf())
			.param("organisation", company.toString())
			.param("accept", "false")
			.param("reason", "Needed in the current team until spring")).andExpect(status().is3xxRedirection());
		assertThat(allocations.forPerson(sharer)).singleElement().satisfies(suggestion -> {
			assertThat(suggestion.status()).isEqualTo("DISMISSED");
			assertThat(suggestion.reason()).isEqualTo("Needed in the current team until spring");
		});

		var sharerSession = SignIn.as(mvc, "alloc-sharer-" + suffix);
		mvc.perform(get("/matching/suggestions").cookie(sharerSession).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Hitsaaja " + suffix)))
			.andExpect(content().string(containsString("Needed in the current team until spring")));
		mvc.perform(get("/matching/suggestions").cookie(SignIn.as(mvc, "alloc-private-" + suffix)))
			.andExpect(content().string(not(containsString("Hitsaaja " + suffix))));
		mvc.perform(post("/matching/suggestions/" + id + "/contest").cookie(SignIn.as(mvc, "alloc-private-" + suffix))
			.with(csrf())
			.param("text", "Not mine")).andExpect(status().isNotFound());
		mvc.perform(post("/matching/suggestions/" + id + "/contest").cookie(sharerSession)
			.with(csrf())
			.param("text", "I would like to try welding now")).andExpect(status().is3xxRedirection());

		var contest = allocations.forCompany(hr, company).get(0).contests().get(0);
		assertThat(allocations.forCompany(hr, company).get(0).awaitsAnswer()).isTrue();
		mvc.perform(get("/matching/allocations").param("organisation", company.toString()).cookie(hrSession))
			.andExpect(content().string(containsString("I would like to try welding now")))
			.andExpect(content().string(containsString("answer-" + contest.id())));
		mvc.perform(post("/matching/contests/" + contest.id() + "/answer").cookie(hrSession)
			.with(csrf())
			.param("organisation", company.toString())
			.param("answer", "Let us talk in the next development dialogue")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/matching/suggestions").cookie(sharerSession))
			.andExpect(content().string(containsString("Let us talk in the next development dialogue")));
	}

	@Test
	void switchedOffTaskAllocationSuggestsNothing() {
		var suffix = String.valueOf(System.nanoTime());
		var company = company(suffix);
		var hr = account("alloc-off-" + suffix);
		organisations.addMember(company, hr, Role.HR);
		var admin = identities.findByUsername("demo-admin").orElseThrow().id();
		register.set(AutomatedFeature.TASK_ALLOCATION, false, admin);
		try {
			assertThatThrownBy(() -> allocations.suggest(hr, company, Locale.ENGLISH))
				.isInstanceOf(AccessDeniedException.class);
		}
		finally {
			register.set(AutomatedFeature.TASK_ALLOCATION, true, admin);
		}
	}

	private PersonId employee(OrganisationId company, String username, boolean shares) {
		var person = account(username);
		organisations.addMember(company, person, Role.EMPLOYEE);
		competence.start(person);
		competence.replace(person, List.of(new SkillClaim(WELDING, 4, Provenance.WORK, null, null, false)), List.of(),
				null, 0);
		if (shares) {
			sharing.share(person, company, EnumSet.of(Section.SKILLS), null);
		}
		return person;
	}

	private OrganisationId company(String suffix) {
		return fi.osaamo.TestCompanies.create(organisations, "Allocation Oy " + suffix);
	}

	private PersonId account(String username) {
		var person = identities.register(new NewPerson("Aino", "Allocation", null, null)).id();
		identities.createLocalAccount(person, username, passwords.encode(SignIn.PASSWORD));
		return person;
	}

}
