package fi.osaamo.messaging.devphone;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import fi.osaamo.messaging.MobileNumbers;
import fi.osaamo.messaging.smpp.SimulatedPhones.PhoneMessage;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The simulated phones: the numbers the simulator has seen, newest conversation first,
 * and the chosen number's messages with a form to reply as that phone.
 *
 * @param phones this page of numbers
 * @param page the page of numbers, from 0
 * @param pages how many pages of numbers there are
 * @param number the chosen number (E.164), if any
 * @param messages its messages, oldest first
 * @param replyTo where a reply from it goes: the sender id of its last message
 * @param opened the number typed in the form that opens a phone, kept when refused
 * @param reply the reply typed, kept when refused
 * @param error what was wrong with the number or the reply
 * @param auto whether the thread refreshes itself every few seconds
 */
public record DevPhonePage(List<Phone> phones, int page, int pages, @Nullable String number,
		List<PhoneMessage> messages, String replyTo, String opened, String reply, @Nullable InvalidInputException error,
		boolean auto) {

	/** How often the thread asks for new messages. */
	public static final String POLL = "every 3s";

	public DevPhonePage {
		phones = List.copyOf(phones);
		messages = List.copyOf(messages);
	}

	/**
	 * A number in the list.
	 *
	 * @param number as E.164
	 * @param shown as people read it
	 * @param messages how many messages it has
	 * @param current whether it is the chosen one
	 */
	public record Phone(String number, String shown, int messages, boolean current) {

		public String link() {
			return DevPhonePage.link(this.number);
		}

	}

	/** The page of a number. */
	public static String link(String number) {
		return DevPhoneController.PATH + "?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8);
	}

	/** The chosen number as people read it. */
	public String shown() {
		return this.number == null ? "" : MobileNumbers.shown(this.number);
	}

	/**
	 * The address that refreshes the chosen number's page, keeping the refresh choice.
	 */
	public String refreshLink() {
		return this.number == null ? DevPhoneController.PATH : link(this.number) + (this.auto ? "" : "&auto=false");
	}

	/** The address that switches automatic refresh on or off. */
	public String autoLink() {
		return this.number == null ? DevPhoneController.PATH : link(this.number) + (this.auto ? "&auto=false" : "");
	}

	/** What the thread asks for when it refreshes itself: only news is answered. */
	public String pollLink() {
		return link(this.number == null ? "" : this.number) + "&seen=" + this.messages.size();
	}

	/** A page of the numbers, the chosen one kept. */
	public String pageLink(int target) {
		return DevPhoneController.PATH + "?page=" + target
				+ (this.number == null ? "" : "&number=" + URLEncoder.encode(this.number, StandardCharsets.UTF_8));
	}

	public boolean errorOn(String field) {
		return this.error != null && this.error.on(field).isPresent();
	}

}
