package fi.osaamo.platform;

import fi.osaamo.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ApiDocumentationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theOpenApiDocumentDescribesThePortalApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.info.title").value("Osaamo API"))
			.andExpect(jsonPath("$.paths['/api/v1/me/competence'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/jobs'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/jobs/{id}/gap'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/studies'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/skills'].get").exists());
		mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}

}
