package fi.osaamo.opendata.profile;

import java.util.ArrayList;
import java.util.regex.Pattern;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.competence.SkillClaim;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.opendata.OpenDataFixtures;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person brings their Työmarkkinatori profile export into their mapping after a
 * preview, and takes the mapping back out in the same format.
 */
@IntegrationTest
class TmtProfileIntegrationTests {

	static final Pattern SKILL = Pattern.compile("name=\"skill\" id=\"[^\"]+\" value=\"([^\"]+)\"");

	static final Pattern CHECKBOX = Pattern.compile("<input type=\"checkbox\" name=\"skill\"[^>]*>");

	static final Pattern EXPORT = Pattern.compile("name=\"export\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	CompetenceManagement competence;

	@Autowired
	IdentityManagement identities;

	@Autowired
	org.springframework.security.crypto.password.PasswordEncoder passwords;

	fi.osaamo.identity.PersonId person(String username) {
		var person = identities.register(new fi.osaamo.identity.NewPerson("Tuomas", "Tori", null, null)).id();
		identities.createLocalAccount(person, username, passwords.encode(SignIn.PASSWORD));
		return person;
	}

	String preview(Cookie cookie, byte[] file) throws Exception {
		return mvc
			.perform(multipart("/opendata/profile/preview")
				.file(new MockMultipartFile("file", "profile.json", "application/json", file))
				.cookie(cookie)
				.with(csrf())
				.header("Accept-Language", "fi"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void aProfileExportIsPreviewedThenAddedAndExportedInTheSameFormat() throws Exception {
		var username = "tmt-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		var person = person(username);
		var cookie = SignIn.as(mvc, username);
		var before = competence.mapping(person).map(mapping -> mapping.skills().size()).orElse(0);

		var page = preview(cookie, OpenDataFixtures.resource("tmt_profile_export_mock.json").getBytes());

		// Nothing changes before the person confirms.
		assertThat(competence.mapping(person).map(mapping -> mapping.skills().size()).orElse(0)).isEqualTo(before);
		assertThat(page).contains("valokuvaus").contains("Toimenkuva");
		var skills = new ArrayList<String>();
		var matcher = SKILL.matcher(page);
		while (matcher.find()) {
			skills.add(matcher.group(1));
		}
		assertThat(skills).isNotEmpty().allMatch(uri -> uri.startsWith("http://data.europa.eu/esco/skill/"));
		var export = EXPORT.matcher(page);
		assertThat(export.find()).isTrue();

		MockHttpServletRequestBuilder confirm = post("/opendata/profile/import").cookie(cookie)
			.with(csrf())
			.param("export", export.group(1))
			.param("level", "2")
			.param("employment", "0");
		skills.forEach(uri -> confirm.param("skill", uri));
		mvc.perform(confirm).andExpect(status().is3xxRedirection());

		var mapping = competence.mapping(person).orElseThrow();
		var added = mapping.skills().stream().filter(skill -> skills.contains(skill.skillUri())).toList();
		assertThat(added).isNotEmpty().allSatisfy(skill -> assertThat(skill.reference()).isEqualTo("Työmarkkinatori"));
		assertThat(mapping.work()).anySatisfy(work -> assertThat(work.title()).isEqualTo("Toimenkuva"));

		// The same file again adds nothing: every skill is already there.
		var again = preview(cookie, OpenDataFixtures.resource("tmt_profile_export_mock.json").getBytes());
		assertThat(SKILL.matcher(again).results().count()).isEqualTo(skills.size());
		assertThat(CHECKBOX.matcher(again).results()).hasSize(skills.size())
			.allSatisfy(input -> assertThat(input.group()).contains("disabled").doesNotContain("checked"));

		var exported = mvc.perform(get("/opendata/profile/export").cookie(cookie))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.containsString("osaamo-tmt-profile.json")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		var json = OpenDataFixtures.JSON.readTree(exported);
		var uris = new ArrayList<String>();
		json.get("experienceDescription").get("skills").forEach(skill -> {
			uris.add(skill.get("uri").asString());
			assertThat(skill.get("prefLabel").has("fi")).isTrue();
			assertThat(skill.get("prefLabel").has("sv")).isTrue();
		});
		assertThat(uris).containsExactlyInAnyOrderElementsOf(
				competence.mapping(person).orElseThrow().skills().stream().map(SkillClaim::skillUri).toList());
		// And the export reads back in as a profile whose skills are all in the mapping.
		assertThat(preview(cookie, exported)).doesNotContain("checked name=\"skill\"").contains("jo kartoituksessasi");
	}

	@Test
	void aFileThatIsNotAProfileSaysSoAndChangesNothing() throws Exception {
		var username = "tmt-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		person(username);
		var cookie = SignIn.as(mvc, username);
		assertThat(preview(cookie, "{\"companies\": []}".getBytes())).contains("alert--error")
			.contains("ei ole Työmarkkinatorin profiilin");
		assertThat(preview(cookie, "{\"educations\": [".getBytes())).contains("ei ole kelvollista JSONia");
		mvc.perform(post("/opendata/profile/import").cookie(cookie)
			.with(csrf())
			.param("export", "%%%")
			.param("skill", "http://data.europa.eu/esco/skill/x")).andExpect(status().isBadRequest());
		mvc.perform(get("/opendata/profile")).andExpect(redirectedUrl("/login"));
	}

}
