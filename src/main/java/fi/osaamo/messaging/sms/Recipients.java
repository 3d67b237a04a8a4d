package fi.osaamo.messaging.sms;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.PhoneDirectory;
import fi.osaamo.messaging.MobileNumbers;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The numbers of a batch's recipients: looked up in the vault in one go, read as mobile
 * numbers, keyed, and checked against the opt-outs.
 */
@Component
class Recipients {

	private final PhoneDirectory directory;

	private final JdbcClient jdbc;

	Recipients(PhoneDirectory directory, JdbcClient jdbc) {
		this.directory = directory;
		this.jdbc = jdbc;
	}

	/**
	 * A recipient's number, or why there is none.
	 *
	 * @param e164 the number, when it is a mobile number
	 * @param key the number's key in the vault, when there is a number
	 * @param problem NO_NUMBER, INVALID_NUMBER or NOT_MOBILE, when there is no usable
	 * number
	 * @param optedOut whether the number said STOP
	 */
	record Recipient(@Nullable String e164, @Nullable String key, @Nullable String problem, boolean optedOut) {
	}

	/**
	 * Looks up persons' numbers.
	 * @param persons the persons
	 * @return each person's number or problem
	 */
	Map<UUID, Recipient> resolve(Collection<UUID> persons) {
		var phones = this.directory.phones(persons.stream().map(PersonId::new).toList(), "Text message delivery");
		var read = new HashMap<UUID, Recipient>();
		for (var person : persons) {
			var phone = phones.get(new PersonId(person));
			if (phone == null) {
				read.put(person, new Recipient(null, null, "NO_NUMBER", false));
				continue;
			}
			var number = MobileNumbers.read(phone);
			read.put(person,
					number.e164()
						.map(e164 -> new Recipient(e164, this.directory.key(e164), null, false))
						.orElseGet(() -> new Recipient(null, null, String.valueOf(number.problem()), false)));
		}
		var optedOut = optedOut(read.values().stream().map(Recipient::key).filter(k -> k != null).toList());
		read.replaceAll((person, recipient) -> recipient.key() != null && optedOut.contains(recipient.key())
				? new Recipient(recipient.e164(), recipient.key(), null, true) : recipient);
		return read;
	}

	/** The key of a number, for matching a reply or a receipt. */
	String key(String e164) {
		return this.directory.key(e164);
	}

	private Set<String> optedOut(Collection<String> keys) {
		if (keys.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.jdbc.sql("select number_key from messaging.sms_opt_out where number_key = any(:keys)")
			.param("keys", keys.toArray(String[]::new))
			.query(String.class)
			.list());
	}

}
