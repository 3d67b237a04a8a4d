package fi.osaamo.messaging.devphone;

import java.util.List;

import fi.osaamo.messaging.MobileNumbers;
import fi.osaamo.messaging.SmsEncoding;
import fi.osaamo.messaging.SmsText;
import fi.osaamo.messaging.smpp.SimulatedPhones;
import fi.osaamo.messaging.smpp.SimulatedPhones.PhoneMessage;
import fi.osaamo.messaging.sms.SmsProperties;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Puts the developer's phone page together from what the simulated phones hold. */
@Component
class DevPhonePages {

	static final int PER_PAGE = 20;

	private final SmsProperties properties;

	DevPhonePages(SmsProperties properties) {
		this.properties = properties;
	}

	/**
	 * A page of the phones.
	 * @param phones the simulated phones
	 * @param number the chosen number, if any
	 * @param page the page of numbers asked for
	 * @param auto whether the thread refreshes itself
	 * @param opened the number typed to open a phone
	 * @param reply the reply typed
	 * @param error what was wrong with them
	 */
	DevPhonePage page(SimulatedPhones phones, @Nullable String number, int page, boolean auto, String opened,
			String reply, @Nullable InvalidInputException error) {
		var numbers = phones.numbers();
		int pages = Math.max(1, (numbers.size() + PER_PAGE - 1) / PER_PAGE);
		int shown = Math.min(Math.max(page, 0), pages - 1);
		var listed = numbers.stream()
			.skip((long) shown * PER_PAGE)
			.limit(PER_PAGE)
			.map(each -> new DevPhonePage.Phone(each, MobileNumbers.shown(each), phones.messages(each).size(),
					each.equals(number)))
			.toList();
		var messages = number == null ? List.<PhoneMessage>of() : phones.messages(number);
		return new DevPhonePage(listed, shown, pages, number, messages, replyTo(messages), opened, reply, error, auto);
	}

	/** The sender id a reply goes to: the one the phone last heard from. */
	String replyTo(List<PhoneMessage> messages) {
		for (int i = messages.size() - 1; i >= 0; i--) {
			if (messages.get(i).incoming()) {
				return messages.get(i).other();
			}
		}
		return this.properties.defaultSender();
	}

	/**
	 * Checks a reply typed as a phone: a phone sends it in one part.
	 * @throws InvalidInputException on {@code text} when it is empty or too long
	 */
	static String checkReply(String typed) {
		var text = typed.strip();
		if (text.isEmpty()) {
			throw new InvalidInputException("text", "sms.text.empty");
		}
		if (SmsText.of(text).partCount() > 1) {
			throw new InvalidInputException("text", "sms.phone.text.tooLong", SmsEncoding.GSM7.single(),
					SmsEncoding.UCS2.single());
		}
		return text;
	}

}
