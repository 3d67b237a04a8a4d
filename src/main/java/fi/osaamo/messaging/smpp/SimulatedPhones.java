package fi.osaamo.messaging.smpp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import fi.osaamo.messaging.SmsEncoding;

/**
 * The phones behind the simulated SMSC: each number's messages both ways, long messages
 * put together from their parts as a handset would, for the developer's phone page.
 */
public class SimulatedPhones {

	private static final int KEPT_PER_PHONE = 200;

	private final Map<String, List<PhoneMessage>> phones = new ConcurrentHashMap<>();

	private final Map<String, TreeMap<Integer, String>> unfinished = new ConcurrentHashMap<>();

	/**
	 * A message on a phone.
	 *
	 * @param incoming whether the phone received it (rather than sent it)
	 * @param other the sender id or the number it went to
	 * @param text the text, all parts together
	 * @param parts how many parts it came in
	 * @param encoding how it was coded
	 * @param at when the last part came
	 */
	public record PhoneMessage(boolean incoming, String other, String text, int parts, SmsEncoding encoding,
			Instant at) {
	}

	/** The numbers with messages, newest conversation first. */
	public List<String> numbers() {
		return this.phones.entrySet()
			.stream()
			.sorted((a, b) -> last(b.getValue()).compareTo(last(a.getValue())))
			.map(Map.Entry::getKey)
			.toList();
	}

	/** A number's messages, oldest first. */
	public List<PhoneMessage> messages(String number) {
		var messages = this.phones.get(number);
		if (messages == null) {
			return List.of();
		}
		synchronized (messages) {
			return List.copyOf(messages);
		}
	}

	void received(Submission part) {
		var concatenation = part.concatenation();
		if (concatenation == null) {
			add(part.destination(), new PhoneMessage(true, part.source(), part.text(), 1, part.encoding(), part.at()));
			return;
		}
		var key = part.destination() + "|" + part.source() + "|" + concatenation[0];
		var pieces = this.unfinished.computeIfAbsent(key, k -> new TreeMap<>());
		synchronized (pieces) {
			pieces.put(concatenation[2], part.text());
			if (pieces.size() == concatenation[1]) {
				this.unfinished.remove(key);
				add(part.destination(), new PhoneMessage(true, part.source(), String.join("", pieces.values()),
						concatenation[1], part.encoding(), part.at()));
			}
		}
	}

	void sent(String number, String to, String text, SmsEncoding encoding) {
		add(number, new PhoneMessage(false, to, text, 1, encoding, Instant.now()));
	}

	private void add(String number, PhoneMessage message) {
		var messages = this.phones.computeIfAbsent(number, n -> new ArrayList<>());
		synchronized (messages) {
			messages.add(message);
			if (messages.size() > KEPT_PER_PHONE) {
				messages.remove(0);
			}
		}
	}

	private static Instant last(List<PhoneMessage> messages) {
		synchronized (messages) {
			return messages.isEmpty() ? Instant.EPOCH : messages.get(messages.size() - 1).at();
		}
	}

}
