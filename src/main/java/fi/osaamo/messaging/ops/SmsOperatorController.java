package fi.osaamo.messaging.ops;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.messaging.sms.SendingControl;
import fi.osaamo.platform.Notice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator view of the text-message channel, and pausing and resuming sending for
 * every instance: the button asks first, and only the confirmation switches.
 */
@Controller
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class SmsOperatorController {

	private final SmsOperatorPages pages;

	private final SendingControl control;

	SmsOperatorController(SmsOperatorPages pages, SendingControl control) {
		this.pages = pages;
		this.control = control;
	}

	@GetMapping("/admin/sms")
	String view(@RequestParam(defaultValue = "0") int failures, @RequestParam(defaultValue = "0") int replies,
			@RequestParam(defaultValue = "0") int receipts, Model model) {
		model.addAttribute("page",
				this.pages.page(new SmsOperatorPage.Pages(failures, replies, receipts), SmsTrial.empty()));
		return "messaging/operator";
	}

	@PostMapping("/admin/sms/pause")
	String pause(@AuthenticationPrincipal PersonPrincipal user, @RequestParam(defaultValue = "false") boolean confirm,
			Model model, RedirectAttributes redirect) {
		return change(true, user, confirm, model, redirect);
	}

	@PostMapping("/admin/sms/resume")
	String resume(@AuthenticationPrincipal PersonPrincipal user, @RequestParam(defaultValue = "false") boolean confirm,
			Model model, RedirectAttributes redirect) {
		return change(false, user, confirm, model, redirect);
	}

	private String change(boolean pause, PersonPrincipal user, boolean confirm, Model model,
			RedirectAttributes redirect) {
		if (!confirm) {
			model.addAttribute("pause", pause);
			model.addAttribute("status", this.pages.status());
			return "messaging/confirmSending";
		}
		this.control.set(pause, user.personId());
		return Notice.redirect(redirect, "/admin/sms", pause ? "sms.ops.notice.paused" : "sms.ops.notice.resumed");
	}

}
