package fi.osaamo.messaging;

import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.messaging.sms.SmsSettingsRepository;
import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * An organisation's sender id and quiet hours, for its settings page. The caller checks
 * that the person may change the organisation's settings.
 */
@Service
public class SmsSettingsManagement {

	/**
	 * Letters, digits, space, dot, hyphen: at most 11, at least one letter (GSM 03.40).
	 */
	private static final String ALPHANUMERIC = "(?=.*[A-Za-z])[A-Za-z0-9 .\\-]{1,11}";

	/** A number: an optional plus and up to 15 digits. */
	private static final String NUMERIC = "\\+?[0-9]{3,15}";

	private final SmsSettingsRepository settings;

	SmsSettingsManagement(SmsSettingsRepository settings) {
		this.settings = settings;
	}

	/** An organisation's settings, its defaults if it has none. */
	public SmsSettings of(UUID organisation) {
		return this.settings.of(organisation);
	}

	/**
	 * Saves an organisation's settings.
	 * @param changed the new settings; a blank sender id means the platform's
	 * @param by who changes them
	 * @throws InvalidInputException on {@code senderId} when it is not a sender id
	 */
	public void save(SmsSettings changed, PersonId by) {
		var sender = changed.senderId() == null ? null : changed.senderId().strip();
		var problems = new FormProblems();
		problems.check(() -> {
			if (sender != null && !sender.isEmpty() && !sender.matches(ALPHANUMERIC) && !sender.matches(NUMERIC)) {
				throw new InvalidInputException("senderId", "sms.settings.senderId.invalid");
			}
		});
		problems.throwIfAny();
		this.settings.save(new SmsSettings(changed.organisation(), sender == null || sender.isEmpty() ? null : sender,
				changed.quietFrom(), changed.quietUntil(), changed.quietWeekends()), by);
	}

}
