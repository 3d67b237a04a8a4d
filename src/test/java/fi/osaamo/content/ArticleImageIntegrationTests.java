package fi.osaamo.content;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ArticleImageIntegrationTests {

	static final String TYPED = "Typed but not yet saved " + UUID.randomUUID();

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleManagement articles;

	@Autowired
	IdentityManagement identities;

	@Test
	void tablesAreRenderedInAFrameOfTheirOwn() throws Exception {
		var admin = person("demo-admin");
		var id = articles.create(admin, draft(null, "Courses " + UUID.randomUUID(),
				"| Course | Length |\n| --- | ---: |\n| Welding | 3 days |", true));
		mvc.perform(get("/content/articles/" + id).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Course, Length\"><table>")))
			.andExpect(content().string(containsString("<th>Course</th>")))
			.andExpect(content().string(containsString("<td align=\"right\">3 days</td>")));
	}

	@Test
	void anEditorUploadsAnImageThatOnlyTheArticlesReadersSee() throws Exception {
		var id = companyArticle(true);
		var editor = SignIn.as(mvc, "demo-companyadmin");
		var result = mvc.perform(upload(id, editor, png(40, 30), "Welding Mask.png", "Welding mask with a dark visor"))
			.andExpect(redirectedUrl("/content/articles/" + id + "/edit#images-heading"))
			.andReturn();
		// The edit page lists it with its Markdown, and what was typed is still there.
		mvc.perform(get("/content/articles/" + id + "/edit").cookie(editor)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.flashAttrs(result.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The image welding-mask was uploaded")))
			.andExpect(content().string(containsString("![Welding mask with a dark visor](image:welding-mask)")))
			.andExpect(content().string(containsString(TYPED)));

		var version = articles.find(id, person("demo-companyadmin")).orElseThrow().version();
		articles.update(person("demo-companyadmin"), id, draft(companyOf("demo-companyadmin"), "With an image",
				"Wear it:\n\n![Welding mask with a dark visor](image:welding-mask)", true), version);
		var source = "/content/articles/" + id + "/images/welding-mask";
		mvc.perform(get("/content/articles/" + id).cookie(SignIn.as(mvc, "demo-employee")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<img src=\"" + source
					+ "\" alt=\"Welding mask with a dark visor\" width=\"40\" height=\"30\" loading=\"lazy\">")));
		var served = mvc.perform(get(source).cookie(SignIn.as(mvc, "demo-employee")))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("private")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(ImageIO.read(new java.io.ByteArrayInputStream(served)).getWidth()).isEqualTo(40);
		// Another company's representative and anonymous visitors get nothing.
		mvc.perform(get(source).cookie(SignIn.as(mvc, "demo-company"))).andExpect(status().isNotFound());
		mvc.perform(get(source)).andExpect(status().isNotFound());
		mvc.perform(get("/content/articles/" + id + "/images/no-such-image").cookie(SignIn.as(mvc, "demo-employee")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aJpegIsKeptAsAPngAndAnImageOfARegionArticleIsPublic() throws Exception {
		var id = articles.create(person("demo-admin"), draft(null, "Region " + UUID.randomUUID(), "Text", true));
		mvc.perform(upload(id, SignIn.as(mvc, "demo-admin"), encoded(20, 20, "jpeg"), "photo.JPG", "A photo"))
			.andExpect(status().is3xxRedirection());
		var served = mvc.perform(get("/content/articles/" + id + "/images/photo"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "image/png"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(served, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
	}

	@Test
	void aRefusedUploadSaysWhyBesideTheFieldAndKeepsWhatWasTyped() throws Exception {
		var id = companyArticle(false);
		var editor = SignIn.as(mvc, "demo-companyadmin");
		var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
			.getBytes(StandardCharsets.UTF_8);
		var big = new byte[(int) UploadedImage.MAX_BYTES + 10];
		System.arraycopy(png(10, 10), 0, big, 0, png(10, 10).length);
		refused(id, editor, "not an image at all".getBytes(StandardCharsets.UTF_8), "Some text", "image-error",
				"not a PNG or JPEG image");
		refused(id, editor, svg, "An icon", "image-error", "such as SVG");
		refused(id, editor, big, "Big", "image-error", "at most 2 MB");
		refused(id, editor, png(UploadedImage.MAX_SIDE + 1, 10), "Wide", "image-error", "at most 2,000 × 2,000 pixels");
		refused(id, editor, png(10, 10), "   ", "imageAlt-error", "An image without alt text is not accepted");
		assertThat(mvc
			.perform(get("/content/articles/" + id + "/edit").cookie(editor).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("No images have been uploaded");
	}

	@Test
	void onlyTheEditorMayUploadOrRemove() throws Exception {
		var id = companyArticle(true);
		for (var other : new String[] { "demo-employee", "demo-admin", "demo-company" }) {
			mvc.perform(upload(id, SignIn.as(mvc, other), png(10, 10), "x.png", "X")).andExpect(status().isNotFound());
		}
		mvc.perform(upload(id, SignIn.as(mvc, "demo-companyadmin"), png(10, 10), "x.png", "X"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/content/articles/" + id + "/images/x/remove").cookie(SignIn.as(mvc, "demo-employee"))
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/content/articles/" + id + "/images/x/remove").with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void theTextShowsOnlyUploadedImagesWithAltTextAndAShownImageStays() throws Exception {
		var id = companyArticle(true);
		var editor = SignIn.as(mvc, "demo-companyadmin");
		mvc.perform(upload(id, editor, png(10, 10), "chart.png", "Chart")).andExpect(status().is3xxRedirection());
		var writer = person("demo-companyadmin");
		var company = companyOf("demo-companyadmin");
		assertThatThrownBy(() -> articles.update(writer, id, draft(company, "T", "![](image:chart)", true), 0))
			.isInstanceOf(InvalidInputException.class)
			.hasFieldOrPropertyWithValue("messageKey", "validation.imageAlt");
		assertThatThrownBy(() -> articles.update(writer, id, draft(company, "T", "![Chart](image:other)", true), 0))
			.hasFieldOrPropertyWithValue("messageKey", "validation.imageUnknown");
		assertThatThrownBy(() -> articles.update(writer, id,
				draft(company, "T", "![Pixel](https://tracker.example/p.gif)", true), 0))
			.hasFieldOrPropertyWithValue("messageKey", "validation.imageOther");
		articles.update(writer, id, draft(company, "T", "![Chart](/content/articles/" + id + "/images/chart)", true),
				0);

		// The form shows the refusal beside the text, with everything typed kept.
		mvc.perform(post("/content/articles/" + id).cookie(editor)
			.with(csrf())
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.param("audience", company.toString())
			.param("category", articles.category("job-tasks").orElseThrow().id().toString())
			.param("byline", "Writer")
			.param("version", "1")
			.param("enTitle", TYPED)
			.param("enSummary", "S")
			.param("enBody", "![](image:chart)"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"enBody-error\"")))
			.andExpect(content().string(containsString("Every image needs alt text")))
			.andExpect(content().string(containsString(TYPED)));

		// An image the text shows is not removed.
		mvc.perform(post("/content/articles/" + id + "/images/chart/remove").cookie(editor)
			.with(csrf())
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.param("enTitle", TYPED))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("still shows the image chart")))
			.andExpect(content().string(containsString(TYPED)));
		articles.update(writer, id, draft(company, "T", "No image any more", true), 1);
		mvc.perform(post("/content/articles/" + id + "/images/chart/remove").cookie(editor).with(csrf()))
			.andExpect(redirectedUrl("/content/articles/" + id + "/edit#images-heading"));
		mvc.perform(get("/content/articles/" + id + "/images/chart").cookie(editor)).andExpect(status().isNotFound());
	}

	private void refused(UUID id, Cookie editor, byte[] bytes, String alt, String errorId, String message)
			throws Exception {
		mvc.perform(upload(id, editor, bytes, "upload.png", alt).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"" + errorId + "\"")))
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(containsString("error-summary")))
			.andExpect(content().string(containsString(TYPED)))
			.andExpect(content().string(not(containsString("upload.png\""))));
	}

	private MockMultipartHttpServletRequestBuilder upload(UUID id, Cookie session, byte[] bytes, String fileName,
			String alt) {
		var request = multipart("/content/articles/" + id + "/images")
			.file(new MockMultipartFile("image", fileName, "image/png", bytes));
		request.cookie(session).with(csrf()).param("imageAlt", alt).param("enTitle", TYPED).param("version", "0");
		return request;
	}

	private UUID companyArticle(boolean publish) {
		return articles.create(person("demo-companyadmin"),
				draft(companyOf("demo-companyadmin"), "Images " + UUID.randomUUID(), "Text", publish));
	}

	private OrganisationId companyOf(String username) {
		return articles.audiences(person(username))
			.stream()
			.map(Audience::organisation)
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElseThrow();
	}

	private ArticleDraft draft(OrganisationId audience, String title, String body, boolean publish) {
		return new ArticleDraft(audience, articles.category("job-tasks").orElseThrow().id(), "Writer", publish,
				new EnumMap<>(Map.of(Language.EN, new ArticleDraft.Text(title, "Summary", body))));
	}

	private PersonId person(String username) {
		return identities.findByUsername(username).orElseThrow().id();
	}

	static byte[] png(int width, int height) throws IOException {
		return encoded(width, height, "png");
	}

	static byte[] encoded(int width, int height, String format) throws IOException {
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, 0xff8800);
		var bytes = new ByteArrayOutputStream();
		ImageIO.write(image, format, bytes);
		return bytes.toByteArray();
	}

}
