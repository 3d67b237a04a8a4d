package fi.osaamo.opendata.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.opendata.imports.ImportRun;
import fi.osaamo.opendata.imports.ImportRuns;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An upload that cannot be read at all ends as a failed run whose page says why, in the
 * reader's language, without the parser's own words.
 */
@IntegrationTest
class UnreadableUploadIntegrationTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0,
			0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0 };

	@Autowired
	MockMvc mvc;

	@Autowired
	ImportRuns runs;

	Cookie admin;

	@BeforeEach
	void signIn() throws Exception {
		admin = SignIn.as(mvc, "demo-admin");
	}

	@Test
	void aPngGivenToAJsonSourceFailsAndSaysWhatItIs() throws Exception {
		var location = upload("jobposting-feed", "feed.json", PNG);
		var run = finished(location);
		assertThat(run.status()).isEqualTo(ImportRun.Status.FAILED);
		assertThat(run.processed()).isZero();
		page(location, "en").andExpect(content().string(containsString("Failed")))
			.andExpect(content().string(not(containsString("Completed"))))
			.andExpect(content().string(
					containsString("The file is in PNG format, but this source reads JSON. Nothing was imported.")));
		page(location, "fi").andExpect(content()
			.string(containsString("Tiedosto on PNG-muodossa, mutta tämä lähde lukee JSON-muotoa. Mitään ei tuotu.")));
		page(location, "sv").andExpect(content()
			.string(containsString("Filen är i PNG-format, men den här källan läser JSON. Ingenting importerades.")));
	}

	@Test
	void aJsonCutShortFailsSayingWhereAndKeepsWhatCameBefore() throws Exception {
		var feed = """
				[{"@type": "JobPosting", "identifier": "cut-1", "title": "Hitsaaja",
				  "jobLocation": {"address": {"addressLocality": "Vantaa"}}},
				 {"@type": "JobPosting", "identifier": "cut-2", "title": "Sähk""";
		var location = upload("jobposting-feed", "feed.json", feed.getBytes(StandardCharsets.UTF_8));
		var run = finished(location);
		assertThat(run.status()).isEqualTo(ImportRun.Status.FAILED);
		assertThat(run.processed()).as("the record before the cut").isEqualTo(1);
		assertThat(run.messageArguments()).containsExactly("3", "63");
		page(location, "en").andExpect(content().string(containsString(
				"The JSON breaks off at line 3, column 63: the file may have been cut short. What was read before that is kept; import the whole file again.")))
			.andExpect(content().string(not(containsString("end-of-input"))));
		page(location, "fi").andExpect(content()
			.string(containsString("JSON katkeaa rivillä 3, sarakkeessa 63: tiedosto voi olla katkennut.")));
		page(location, "sv").andExpect(
				content().string(containsString("JSON-datan bryts av på rad 3, kolumn 63: filen kan vara avkortad.")));
	}

	@Test
	void aRejectedDocumentInAZipReadsWithItsLineAndColumn() throws Exception {
		var zip = new java.io.ByteArrayOutputStream();
		try (var out = new java.util.zip.ZipOutputStream(zip)) {
			out.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
			out.write("Tilinpäätökset\n2023–2024".getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		var location = upload("prh-financials", "statements.zip", zip.toByteArray());
		var run = finished(location);
		assertThat(run.status()).isEqualTo(ImportRun.Status.SUCCEEDED);
		assertThat(run.rejected()).isEqualTo(1);
		page(location, "en").andExpect(content().string(containsString("Not valid XML at line 1, column 1")));
		page(location, "sv").andExpect(content().string(containsString("Inte giltig XML på rad 1, kolumn 1")));
	}

	private String upload(String source, String name, byte[] bytes) throws Exception {
		return mvc
			.perform(multipart("/opendata/sources/" + source + "/upload")
				.file(new MockMultipartFile("file", name, "application/json", bytes))
				.cookie(admin)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private ImportRun finished(String location) throws InterruptedException {
		var id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		for (int i = 0; i < 400 && runs.find(id).orElseThrow().running(); i++) {
			Thread.sleep(25);
		}
		return runs.find(id).orElseThrow();
	}

	private org.springframework.test.web.servlet.ResultActions page(String location, String language) throws Exception {
		return mvc.perform(get(location).cookie(admin).header("Accept-Language", language)).andExpect(status().isOk());
	}

}
