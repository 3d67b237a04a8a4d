package fi.osaamo.messaging.ops;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.messaging.sms.SmsProperties;
import fi.osaamo.messaging.sms.SmsTrials;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.Notice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Trying a message on one's own phone: its parts and encoding while it is typed, and
 * sending it.
 */
@Controller
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class SmsTrialController {

	private final SmsTrials trials;

	private final SmsOperatorPages pages;

	private final SmsProperties properties;

	private final Clock clock;

	SmsTrialController(SmsTrials trials, SmsOperatorPages pages, SmsProperties properties, Clock clock) {
		this.trials = trials;
		this.pages = pages;
		this.properties = properties;
		this.clock = clock;
	}

	/** The parts and encoding of the text being typed, for htmx to put beside it. */
	@PostMapping("/admin/sms/preview")
	String preview(@RequestParam(defaultValue = "") String text, Model model) {
		model.addAttribute("sms", SmsTrial.preview(text));
		model.addAttribute("withLink", true);
		return "components/smsPreview";
	}

	@PostMapping("/admin/sms/try")
	String send(@AuthenticationPrincipal PersonPrincipal user, @RequestParam(defaultValue = "") String text,
			Locale locale, Model model, RedirectAttributes redirect) {
		try {
			var leaves = this.trials.send(user.personId(), text, Language.of(locale).code());
			if (!leaves.isAfter(this.clock.instant())) {
				return Notice.redirect(redirect, "/admin/sms", "sms.try.notice.sent");
			}
			var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
				.withLocale(Language.of(locale).locale())
				.withZone(this.properties.zone())
				.format(leaves);
			return Notice.redirect(redirect, "/admin/sms", "sms.try.notice.held", when);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", this.pages.page(SmsOperatorPage.Pages.FIRST, new SmsTrial(text, ex)));
			return "messaging/operator";
		}
	}

}
