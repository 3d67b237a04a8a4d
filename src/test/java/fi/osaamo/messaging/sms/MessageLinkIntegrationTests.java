package fi.osaamo.messaging.sms;

import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import fi.osaamo.IntegrationTest;
import fi.osaamo.identity.PersonId;
import fi.osaamo.messaging.SmsReceived;
import fi.osaamo.messaging.SmsRequested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A message's personal link, as its recipient uses it without signing in: the message in
 * its own language, an answer that goes the way of an SMS reply, a refused answer kept
 * with its reason, messages stopped to the number, and links that open nothing.
 */
@IntegrationTest
class MessageLinkIntegrationTests {

	/** This class's own address, so that no other test's requests use up its budget. */
	private static final String ADDRESS = "192.0.2.161";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventMulticaster multicaster;

	@Autowired
	SmsFixture sms;

	@Test
	void theLinkShowsTheMessageInItsLanguageWithoutTheLinkAndIsNeitherCachedNorReferred() throws Exception {
		var token = sent("Miten ensimmäinen viikko meni? Vastaa linkissä.", "fi").token();

		this.mvc.perform(anonymous(get("/m/" + token)).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
			.andExpect(header().string("Referrer-Policy", "no-referrer"))
			.andExpect(content().string(containsString("<html lang=\"fi\">")))
			.andExpect(content().string(containsString("Miten ensimmäinen viikko meni? Vastaa linkissä.</p>")))
			.andExpect(content().string(not(containsString("/m/" + token + "<"))))
			.andExpect(content().string(containsString("Lähetä vastaus")))
			.andExpect(content().string(containsString("action=\"/m/" + token + "/answer\"")));
		// The language switch still works.
		this.mvc.perform(anonymous(get("/m/" + token + "?lang=sv")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"sv\">")))
			.andExpect(content().string(containsString("Skicka svaret")));
	}

	@Test
	void anAnswerGoesTheWayOfAnSmsReplyAndIsShownAfterwards() throws Exception {
		var message = sent("Miten työssäoppiminen sujuu?", "fi");
		var published = new CopyOnWriteArrayList<SmsReceived>();
		ApplicationListener<ApplicationEvent> listener = event -> {
			if (event instanceof PayloadApplicationEvent<?> payload
					&& payload.getPayload() instanceof SmsReceived reply) {
				published.add(reply);
			}
		};
		this.multicaster.addApplicationListener(listener);
		// The notice after a redirect is kept in the session the redirect started.
		org.springframework.test.web.servlet.MvcResult answered;
		try {
			answered = this.mvc
				.perform(anonymous(post("/m/" + message.token() + "/answer")).with(csrf())
					.param("answer", "  Hyvin, kiitos!\nTyökaverit auttavat.  "))
				.andExpect(redirectedUrl("/m/" + message.token()))
				.andExpect(header().exists("X-RateLimit-Limit"))
				.andReturn();
			SmsFixture.await(() -> published.size() == 1, "the answer to be published");
		}
		finally {
			this.multicaster.removeApplicationListener(listener);
		}
		assertThat(published.get(0)).satisfies(event -> {
			assertThat(event.sender()).isEqualTo(message.person());
			assertThat(event.organisation()).isEqualTo(this.sms.organisation);
			assertThat(event.conversation()).isEqualTo("test-conversation");
			assertThat(event.text()).isEqualTo("Hyvin, kiitos!\nTyökaverit auttavat.");
			assertThat(event.channel()).isEqualTo(SmsReceived.Channel.WEB);
		});
		assertThat(webReplies(message)).containsExactly("Hyvin, kiitos!\nTyökaverit auttavat.");

		this.mvc.perform(anonymous(get("/m/" + message.token())).cookie(answered.getResponse().getCookie("SESSION")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kiitos! Vastauksesi lähetettiin.")))
			.andExpect(content().string(containsString("Vastauksesi</h2>")))
			.andExpect(content().string(containsString("Hyvin, kiitos!\nTyökaverit auttavat.</p>")));
	}

	@Test
	void aRefusedAnswerKeepsWhatWasTypedAndSaysWhyBesideTheField() throws Exception {
		var message = sent("Kerro viikostasi.", "fi");
		var tooLong = "Pitkä vastaus. ".repeat(70);

		this.mvc.perform(anonymous(post("/m/" + message.token() + "/answer")).with(csrf()).param("answer", tooLong))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"answer-error\">Vastaus on liian pitkä: enintään 1")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(containsString(">" + tooLong + "</textarea>")));
		this.mvc.perform(anonymous(post("/m/" + message.token() + "/answer")).with(csrf()).param("answer", "   "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"answer-error\">Kirjoita vastauksesi.</p>")));
		assertThat(webReplies(message)).isEmpty();
	}

	@Test
	void stoppingAfterConfirmationAddsTheNumberToTheOptOuts() throws Exception {
		var message = sent("Tervetuloa!", "sv");
		var key = this.jdbc.sql("select number_key from messaging.sms where link_token = :token")
			.param("token", message.token())
			.query(String.class)
			.single();

		this.mvc.perform(anonymous(get("/m/" + message.token())))
			.andExpect(content().string(containsString("href=\"/m/" + message.token() + "/stop\"")));
		this.mvc.perform(anonymous(get("/m/" + message.token() + "/stop")))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
			.andExpect(content().string(containsString("Stoppa meddelanden till ditt nummer?")));
		assertThat(optedOut(key)).isFalse();

		var stopped = this.mvc.perform(anonymous(post("/m/" + message.token() + "/stop")).with(csrf()))
			.andExpect(redirectedUrl("/m/" + message.token()))
			.andReturn();
		assertThat(optedOut(key)).isTrue();
		this.mvc.perform(anonymous(get("/m/" + message.token())).cookie(stopped.getResponse().getCookie("SESSION")))
			.andExpect(content().string(containsString("Klart: meddelanden till ditt nummer är stoppade.")))
			.andExpect(content().string(containsString("id=\"stopped\"")))
			.andExpect(content().string(not(containsString("id=\"stop-messages\""))));
		this.sms.awaitState(this.sms.send(message.person(), "Muistutus huomisesta.", false), "FAILED");
	}

	@Test
	void anUnknownLinkIsNotFoundInTheReadersLanguage() throws Exception {
		for (var token : new String[] { "AAAAAAAAAAAAAAAAAAAAAA", "no-such-token", UUID.randomUUID().toString() }) {
			this.mvc.perform(anonymous(get("/m/" + token)).header(HttpHeaders.ACCEPT_LANGUAGE, "sv"))
				.andExpect(status().isNotFound())
				.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
				.andExpect(content().string(containsString("Länken fungerar inte")));
		}
		this.mvc
			.perform(anonymous(post("/m/AAAAAAAAAAAAAAAAAAAAAA/answer")).with(csrf())
				.param("answer", "Hei")
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("This link does not work")));
	}

	@Test
	void anExpiredLinkIsGoneAndTakesNoAnswer() throws Exception {
		var message = sent("Vanha viesti.", "fi");
		this.jdbc
			.sql("update messaging.sms set link_expires_at = now() - interval '1 minute' where link_token = :token")
			.param("token", message.token())
			.update();

		this.mvc.perform(anonymous(get("/m/" + message.token())).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isGone())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
			.andExpect(content().string(containsString("Linkki on vanhentunut")))
			.andExpect(content().string(not(containsString("Vanha viesti."))));
		this.mvc.perform(anonymous(post("/m/" + message.token() + "/answer")).with(csrf()).param("answer", "Hei"))
			.andExpect(status().isGone());
		assertThat(webReplies(message)).isEmpty();
	}

	/** A message sent with its link, and the link's token. */
	private Linked sent(String text, String language) {
		var number = SmsFixture.freshNumber();
		var person = this.sms.person(number);
		var key = this.sms.send(new SmsRequested("test:" + UUID.randomUUID(), this.sms.organisation, person,
				"test-conversation", text, language, false, true));
		this.sms.awaitState(key, "DELIVERED");
		var token = this.jdbc.sql("select link_token from messaging.sms where key = :key")
			.param("key", key)
			.query(String.class)
			.single();
		assertThat(token).hasSize(22);
		return new Linked(person, token);
	}

	private record Linked(PersonId person, String token) {
	}

	private java.util.List<String> webReplies(Linked message) {
		return this.jdbc.sql("""
				select r.text from messaging.sms_reply r join messaging.sms s on s.id = r.sms_id
				where s.link_token = :token and r.channel = 'WEB' and r.number_key is null order by r.id""")
			.param("token", message.token())
			.query(String.class)
			.list();
	}

	private boolean optedOut(String key) {
		return this.jdbc.sql("select exists (select 1 from messaging.sms_opt_out where number_key = :key)")
			.param("key", key)
			.query(Boolean.class)
			.single();
	}

	private static MockHttpServletRequestBuilder anonymous(MockHttpServletRequestBuilder request) {
		RequestPostProcessor from = each -> {
			each.setRemoteAddr(ADDRESS);
			return each;
		};
		return request.with(from);
	}

}
