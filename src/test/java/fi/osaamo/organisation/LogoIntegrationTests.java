package fi.osaamo.organisation;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import fi.osaamo.IntegrationTest;
import fi.osaamo.SignIn;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
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

/**
 * A logo upload is decoded on the server: only a PNG or JPEG within the limits is taken,
 * whatever the file is called or claims to be, and what members get is Osaamo's own PNG.
 */
@IntegrationTest
class LogoIntegrationTests {

	static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	IdentityManagement identities;

	@Autowired
	PasswordEncoder passwords;

	Organisation school;

	Cookie admin;

	@BeforeEach
	void schoolWithItsOwnAdministrator() throws Exception {
		school = organisations.create(new NewOrganisation(OrganisationType.SCHOOL, "Logo School", null, null, null));
		var name = "logo-admin-" + UUID.randomUUID().toString().substring(0, 8);
		var person = identities.register(new NewPerson("Liisa", "Logo", null, null)).id();
		identities.createLocalAccount(person, name, passwords.encode(SignIn.PASSWORD));
		organisations.addMember(school.id(), person, Role.ADMIN);
		admin = SignIn.as(mvc, name);
	}

	@Test
	void aPngIsTakenServedAsAnImageAndShownWithARemoveButton() throws Exception {
		upload("logo.png", "image/png", image("png", 120, 40), "en").andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/organisations/" + school.id() + "?logoSaved#branding-heading"));
		var served = served();
		assertThat(ImageIO.read(new ByteArrayInputStream(served))).satisfies(image -> {
			assertThat(image.getWidth()).isEqualTo(120);
			assertThat(image.getHeight()).isEqualTo(40);
		});
		var version = organisations.require(school.id()).version();
		mvc.perform(get("/organisations/" + school.id() + "?logoSaved").cookie(admin).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("The logo was saved.")))
			.andExpect(content().string(containsString("src=\"/branding/" + school.id() + "/logo?v=" + version + "\"")))
			.andExpect(content().string(containsString("alt=\"Logo of Logo School\"")))
			.andExpect(content().string(containsString("action=\"/organisations/" + school.id() + "/logo/remove\"")))
			.andExpect(content().string(containsString("data-confirm=\"Remove the logo of Logo School?")));
	}

	@Test
	void aJpegIsKeptAndServedAsOsaamosOwnPng() throws Exception {
		upload("photo.jpg", "image/jpeg", image("jpeg", 64, 64), "en").andExpect(status().is3xxRedirection());
		var served = served();
		assertThat(Arrays.copyOf(served, 8)).isEqualTo(PNG_SIGNATURE);
		assertThat(ImageIO.read(new ByteArrayInputStream(served)).getWidth()).isEqualTo(64);
	}

	@Test
	void bytesNamedPngAreRefusedInEveryLanguageAndTheOldLogoStays() throws Exception {
		upload("logo.png", "image/png", image("png", 30, 30), "en").andExpect(status().is3xxRedirection());
		var before = served();
		var html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		upload("logo.png", "image/png", html, "en").andExpect(status().isOk())
			.andExpect(content().string(containsString("The file is not a PNG or JPEG image.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		upload("logo.png", "image/png", html, "fi")
			.andExpect(content().string(containsString("Tiedosto ei ole PNG- tai JPEG-kuva.")));
		upload("logo.png", "image/png", html, "sv")
			.andExpect(content().string(containsString("Filen är inte en PNG- eller JPEG-bild.")));
		assertThat(served()).isEqualTo(before);
	}

	@Test
	void svgGifAndWebpAreRefused() throws Exception {
		var svg = """
				<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>"""
			.getBytes(StandardCharsets.UTF_8);
		upload("logo.svg", "image/svg+xml", svg, "en")
			.andExpect(content().string(containsString("The file is not a PNG or JPEG image.")));
		upload("logo.png", "image/png", image("gif", 20, 20), "en")
			.andExpect(content().string(containsString("The file is not a PNG or JPEG image.")));
		var webp = "RIFF\u0024\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
		upload("logo.webp", "image/webp", webp, "en")
			.andExpect(content().string(containsString("The file is not a PNG or JPEG image.")));
		assertThat(organisations.require(school.id()).hasLogo()).isFalse();
	}

	@Test
	void tooManyBytesTooManyPixelsAndDamagedImagesAreRefused() throws Exception {
		var large = new byte[LogoImage.MAX_BYTES + 1];
		System.arraycopy(image("png", 10, 10), 0, large, 0, image("png", 10, 10).length);
		upload("logo.png", "image/png", large, "en")
			.andExpect(content().string(containsString("The file is too large: the logo may be at most 1 MB.")));
		upload("wide.png", "image/png", image("png", 2001, 10), "en").andExpect(content()
			.string(containsString("The image is 2,001 × 10 pixels; the logo may be at most 2,000 × 2,000 pixels.")));
		// A bomb: a tiny file whose header promises 100,000 × 100,000 pixels.
		var bomb = upload("bomb.png", "image/png", withDimensions(image("png", 1, 1), 100_000, 100_000), "fi")
			.andReturn()
			.getResponse()
			.getContentAsString();
		// Finnish groups digits with a (non-breaking) space.
		assertThat(bomb.replaceAll("[\\u00a0\\u202f]", " ")).contains("Kuva on 100 000 × 100 000 pikseliä");
		var png = image("png", 200, 200);
		upload("cut.png", "image/png", Arrays.copyOf(png, png.length / 2), "sv")
			.andExpect(content().string(containsString("Filen kunde inte läsas som en bild.")));
		upload("empty.png", "image/png", new byte[0], "en")
			.andExpect(content().string(containsString("Choose an image file to upload.")));
		assertThat(organisations.require(school.id()).hasLogo()).isFalse();
	}

	@Test
	void theAdministratorRemovesTheLogo() throws Exception {
		upload("logo.png", "image/png", image("png", 30, 30), "en").andExpect(status().is3xxRedirection());
		mvc.perform(post("/organisations/" + school.id() + "/logo/remove").cookie(admin).with(csrf()))
			.andExpect(redirectedUrl("/organisations/" + school.id() + "?logoRemoved#branding-heading"));
		mvc.perform(get("/branding/" + school.id() + "/logo")).andExpect(status().isNotFound());
		mvc.perform(get("/organisations/" + school.id() + "?logoRemoved").cookie(admin).header("Accept-Language", "fi"))
			.andExpect(content().string(containsString("Logo poistettiin.")))
			.andExpect(content().string(containsString("Logoa ei ole ladattu.")))
			.andExpect(content().string(not(containsString("/logo/remove"))));
	}

	@Test
	void noOneButTheOrganisationsAdministratorsChangesItsLogo() throws Exception {
		upload("logo.png", "image/png", image("png", 30, 30), "en").andExpect(status().is3xxRedirection());
		var before = served();
		// The administrator of another organisation, and a member who is no
		// administrator.
		var otherAdmin = SignIn.as(mvc, "demo-companyadmin");
		var member = identities.findByUsername("demo-school").orElseThrow();
		organisations.addMember(school.id(), member.id(), Role.SCHOOL_STAFF);
		var staff = SignIn.as(mvc, "demo-school");
		for (var session : new Cookie[] { otherAdmin, staff }) {
			mvc.perform(multipart("/organisations/" + school.id() + "/logo")
				.file(new MockMultipartFile("logo", "x.png", "image/png", image("png", 5, 5)))
				.cookie(session)
				.with(csrf())).andExpect(status().isForbidden());
			mvc.perform(post("/organisations/" + school.id() + "/logo/remove").cookie(session).with(csrf()))
				.andExpect(status().isForbidden());
		}
		assertThat(served()).isEqualTo(before);
	}

	private ResultActions upload(String name, String contentType, byte[] bytes, String language) throws Exception {
		return mvc.perform(multipart("/organisations/" + school.id() + "/logo")
			.file(new MockMultipartFile("logo", name, contentType, bytes))
			.cookie(admin)
			.with(csrf())
			.header("Accept-Language", language));
	}

	private byte[] served() throws Exception {
		return mvc.perform(get("/branding/" + school.id() + "/logo"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().stringValues("X-Content-Type-Options", "nosniff"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	static byte[] image(String format, int width, int height) throws Exception {
		var type = format.equals("png") ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
		var image = new BufferedImage(width, height, type);
		var graphics = image.createGraphics();
		graphics.setColor(new Color(0x1a4d2e));
		graphics.fillRect(0, 0, width / 2 + 1, height);
		graphics.dispose();
		var bytes = new ByteArrayOutputStream();
		assertThat(ImageIO.write(image, format, bytes)).isTrue();
		return bytes.toByteArray();
	}

	/** A PNG whose header claims other dimensions, with a valid checksum. */
	static byte[] withDimensions(byte[] png, int width, int height) {
		var changed = png.clone();
		// The IHDR chunk follows the signature: length (4), type (4), width (4), height
		// (4).
		writeInt(changed, 16, width);
		writeInt(changed, 20, height);
		var crc = new CRC32();
		crc.update(changed, 12, 17);
		writeInt(changed, 29, (int) crc.getValue());
		return changed;
	}

	private static void writeInt(byte[] bytes, int at, int value) {
		bytes[at] = (byte) (value >>> 24);
		bytes[at + 1] = (byte) (value >>> 16);
		bytes[at + 2] = (byte) (value >>> 8);
		bytes[at + 3] = (byte) value;
	}

}
