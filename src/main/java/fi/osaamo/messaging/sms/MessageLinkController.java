package fi.osaamo.messaging.sms;

import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.Notice;
import fi.osaamo.platform.PageLanguage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A text message's personal link, {@code /m/{token}}: no sign-in, the token is the only
 * key. The recipient reads the message in its language (unless they switch), answers it
 * as they would by SMS, or stops messages to their number. Nothing here is cached or
 * passed on as a referrer, and an unknown link (404) looks like any other unknown link;
 * an expired one answers 410.
 */
@Controller
class MessageLinkController {

	private static final String PAGE = "messaging/link";

	private static final String GONE = "messaging/linkGone";

	private final MessageLinks links;

	MessageLinkController(MessageLinks links) {
		this.links = links;
	}

	@GetMapping("/m/{token}")
	String show(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
		var message = open(token, request, response, model);
		if (message == null) {
			return GONE;
		}
		model.addAttribute("page", this.links.page(message, "", null));
		return PAGE;
	}

	@PostMapping("/m/{token}/answer")
	String answer(@PathVariable String token, @RequestParam(defaultValue = "") String answer,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		var message = open(token, request, response, model);
		if (message == null) {
			return GONE;
		}
		try {
			this.links.answer(message, answer);
			return Notice.redirect(redirect, "/m/" + message.token(), "sms.link.notice.answered");
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", this.links.page(message, answer, ex));
			return PAGE;
		}
	}

	@GetMapping("/m/{token}/stop")
	String confirmStop(@PathVariable String token, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		var message = open(token, request, response, model);
		if (message == null) {
			return GONE;
		}
		var page = this.links.page(message, "", null);
		if (!page.canStop() || page.stopped()) {
			return "redirect:" + page.link();
		}
		model.addAttribute("page", page);
		return "messaging/linkStop";
	}

	@PostMapping("/m/{token}/stop")
	String stop(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		var message = open(token, request, response, model);
		if (message == null) {
			return GONE;
		}
		if (!this.links.stop(message)) {
			return "redirect:/m/" + message.token();
		}
		return Notice.redirect(redirect, "/m/" + message.token(), "sms.link.notice.stopped");
	}

	/**
	 * The link's message, in its language unless the reader chose another; or, when the
	 * link opens nothing, {@code null} with the page that says so in the model.
	 */
	private @Nullable LinkedMessage open(String token, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		// The token is in the address: no cache keeps the page, no other site learns it.
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
		var message = this.links.find(token).orElse(null);
		if (message == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("page", new MessageLinkGone(false));
			return null;
		}
		PageLanguage.preferUnlessChosen(request, Language.fromCode(message.language()).orElse(Language.FI));
		if (this.links.expired(message)) {
			response.setStatus(HttpStatus.GONE.value());
			model.addAttribute("page", new MessageLinkGone(true));
			return null;
		}
		return message;
	}

}
