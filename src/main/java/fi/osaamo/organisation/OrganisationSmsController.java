package fi.osaamo.organisation;

import java.time.ZoneId;
import java.util.Locale;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.messaging.SmsSettingsManagement;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.Notice;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Lets an organisation's administrators (and the platform's) choose the sender id and the
 * quiet hours of the text messages sent in its name. Every organisation may send them, so
 * every one has the page.
 */
@Controller
class OrganisationSmsController {

	private final OrganisationManagement organisations;

	private final OrganisationAccess access;

	private final SmsSettingsManagement settings;

	private final String defaultSender;

	private final ZoneId zone;

	OrganisationSmsController(OrganisationManagement organisations, OrganisationAccess access,
			SmsSettingsManagement settings, @Value("${app.messaging.sms.default-sender:Osaamo}") String defaultSender,
			@Value("${app.messaging.sms.zone:Europe/Helsinki}") String zone) {
		this.organisations = organisations;
		this.access = access;
		this.settings = settings;
		this.defaultSender = defaultSender;
		this.zone = ZoneId.of(zone);
	}

	@GetMapping("/organisations/{id}/sms")
	String show(@AuthenticationPrincipal PersonPrincipal user, @PathVariable OrganisationId id, Locale locale,
			Model model) {
		access.requireManager(user, id);
		return render(model, id, OrganisationSmsForm.of(settings.of(id.value()), Language.of(locale)), null);
	}

	@PostMapping("/organisations/{id}/sms")
	String save(@AuthenticationPrincipal PersonPrincipal user, @PathVariable OrganisationId id,
			@ModelAttribute OrganisationSmsForm form, Model model, RedirectAttributes redirect) {
		access.requireManager(user, id);
		try {
			settings.save(form.toSettings(id.value()), user.personId());
			return Notice.redirect(redirect, "/organisations/" + id + "/sms", "smsSettings.notice.saved");
		}
		catch (InvalidInputException ex) {
			return render(model, id, form, ex);
		}
	}

	private String render(Model model, OrganisationId id, OrganisationSmsForm form,
			@Nullable InvalidInputException error) {
		model.addAttribute("page", new OrganisationSmsPage(organisations.require(id), settings.of(id.value()), form,
				defaultSender, zone, error));
		return "organisation/sms";
	}

}
