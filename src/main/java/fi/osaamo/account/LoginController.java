package fi.osaamo.account;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	private final ObjectProvider<InMemoryClientRegistrationRepository> clients;

	private final AccountProperties properties;

	LoginController(ObjectProvider<InMemoryClientRegistrationRepository> clients, AccountProperties properties) {
		this.clients = clients;
		this.properties = properties;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) @Nullable String error, @Nullable HttpSession session, Model model) {
		var failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		String kind = null;
		if (error != null) {
			kind = "oidc".equals(error) ? "oidc"
					: failure instanceof ThrottledSignIn.SignInThrottledException ? "throttled" : "credentials";
		}
		var wait = failure instanceof ThrottledSignIn.SignInThrottledException throttled ? throttled.seconds() : 0;
		var username = session == null ? null : (String) session.getAttribute(LastUsername.ATTRIBUTE);
		model.addAttribute("page",
				new LoginPage(kind, wait, username == null ? "" : username, oidcLink(), properties.oidcProviderName()));
		return "account/login";
	}

	private @Nullable String oidcLink() {
		var repository = clients.getIfAvailable();
		if (repository == null) {
			return null;
		}
		for (ClientRegistration registration : repository) {
			return "/oauth2/authorization/" + registration.getRegistrationId();
		}
		return null;
	}

}
