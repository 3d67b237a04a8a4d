package fi.osaamo.messaging.ops;

import fi.osaamo.IntegrationTest;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonSummary;
import fi.osaamo.messaging.sms.SendingControl;
import fi.osaamo.messaging.sms.SmsFixture;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pausing sending from the operator view: the button asks first; while paused a message
 * stays queued and the page says who paused it; after resuming it is sent.
 */
@IntegrationTest
class SmsPauseIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityManagement identities;

	@Autowired
	SendingControl control;

	@Autowired
	SmsFixture sms;

	@Autowired
	SmsAdmins admins;

	@Test
	void aPausedMessageStaysQueuedAndLeavesAfterSendingIsResumed() throws Exception {
		var admin = this.admins.signIn(null);
		var asked = this.mvc.perform(post("/admin/sms/pause").cookie(admin.session()).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(asked).getElementById("confirm-sending")).isNotNull();
		assertThat(this.control.paused()).isFalse();
		try {
			this.mvc.perform(post("/admin/sms/pause").cookie(admin.session()).with(csrf()).param("confirm", "true"))
				.andExpect(redirectedUrl("/admin/sms"))
				.andExpect(flash().attributeExists("osaamo.notice"));
			assertThat(this.control.paused()).isTrue();
			var number = SmsFixture.freshNumber();
			var key = sms.send(sms.person(number), "Odota hetki, tämä lähtee vasta jatkettaessa.", false);
			sms.awaitState(key, "QUEUED");
			// The sender looks for due messages every 50 ms in the tests: thirty rounds.
			Thread.sleep(1500);
			assertThat(sms.state(key)).isEqualTo("QUEUED");
			assertThat(sms.submittedTo(number)).isEmpty();
			var page = Jsoup.parse(this.mvc.perform(get("/admin/sms").cookie(admin.session()))
				.andReturn()
				.getResponse()
				.getContentAsString());
			var name = this.identities.find(admin.id()).map(PersonSummary::atWork).orElseThrow();
			assertThat(page.getElementById("paused").text()).contains(name);
			assertThat(page.getElementById("pause-or-resume").parent().attr("action")).isEqualTo("/admin/sms/resume");
			assertThat(Long.parseLong(page.getElementById("queued-due").text().replaceAll("\\D", ""))).isPositive();

			this.mvc.perform(post("/admin/sms/resume").cookie(admin.session()).with(csrf()).param("confirm", "true"))
				.andExpect(redirectedUrl("/admin/sms"));
			assertThat(this.control.paused()).isFalse();
			sms.awaitState(key, "DELIVERED");
		}
		finally {
			this.control.set(false, admin.id());
		}
	}

}
