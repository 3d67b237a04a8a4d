package fi.osaamo.messaging.devphone;

import fi.osaamo.messaging.MobileNumbers;
import fi.osaamo.messaging.smpp.SmppEndpoint;
import fi.osaamo.messaging.smpp.SmscSimulator;
import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.NotFoundException;
import fi.osaamo.platform.Notice;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The developer's phone, {@code /dev/phone}: it exists only while the simulated SMSC is
 * the one in use, and answers 404 otherwise (as in production, where an operator's SMSC
 * is configured). Any signed-in user may use it, whatever their role and organisation: it
 * is a development and demo tool, and the simulator's numbers are demo numbers that reach
 * no real phone, so there is no organisation's data to guard. Sign-in is still needed
 * (PageAccess), so that an open demo does not take replies from anyone.
 */
@Controller
class DevPhoneController {

	static final String PATH = "/dev/phone";

	private static final String PAGE = "messaging/devPhone";

	private final SmppEndpoint endpoint;

	private final DevPhonePages pages;

	DevPhoneController(SmppEndpoint endpoint, DevPhonePages pages) {
		this.endpoint = endpoint;
		this.pages = pages;
	}

	@GetMapping(PATH)
	String phone(@RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "true") boolean auto, Model model) {
		var simulator = simulator();
		String chosen = null;
		InvalidInputException error = null;
		if (!number.isBlank()) {
			try {
				chosen = MobileNumbers.check("number", number);
			}
			catch (InvalidInputException ex) {
				error = ex;
			}
		}
		model.addAttribute("page",
				this.pages.page(simulator.phones(), chosen, page, auto, chosen == null ? number : "", "", error));
		return PAGE;
	}

	/**
	 * The thread alone, for its refresh every few seconds: nothing (204) while no message
	 * came since it was shown, so that htmx leaves it as it is.
	 */
	@HxRequest
	@GetMapping(PATH)
	@Nullable String thread(@RequestParam String number, @RequestParam(defaultValue = "-1") int seen, Model model,
			HttpServletResponse response) {
		var page = this.pages.page(simulator().phones(), MobileNumbers.check("number", number), 0, true, "", "", null);
		if (page.messages().size() == seen) {
			response.setStatus(HttpStatus.NO_CONTENT.value());
			return null;
		}
		model.addAttribute("page", page);
		return "messaging/devPhoneThread";
	}

	@PostMapping(PATH + "/reply")
	String reply(@RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String text,
			@RequestParam(defaultValue = "true") boolean auto, Model model, RedirectAttributes redirect) {
		var simulator = simulator();
		var problems = new FormProblems();
		var from = problems.read(() -> MobileNumbers.check("number", number));
		var checked = problems.read(() -> DevPhonePages.checkReply(text));
		try {
			problems.throwIfAny();
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", this.pages.page(simulator.phones(), from, 0, auto, "", text, ex));
			return PAGE;
		}
		var to = this.pages.replyTo(simulator.phones().messages(from));
		simulator.reply(from, to, checked);
		return Notice.redirect(redirect, DevPhonePage.link(from) + (auto ? "" : "&auto=false"), "sms.phone.notice.sent",
				MobileNumbers.shown(from));
	}

	private SmscSimulator simulator() {
		var simulator = this.endpoint.simulator();
		if (simulator == null) {
			throw new NotFoundException("the developer's phone: no simulated SMSC");
		}
		return simulator;
	}

}
