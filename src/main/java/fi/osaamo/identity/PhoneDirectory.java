package fi.osaamo.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import fi.osaamo.identity.IdentityConfiguration.Vault;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Phone numbers for the text-message channel: hands out the numbers of many persons at
 * once (each look logged), and a keyed hash of a number, so other modules can match a
 * reply or an opt-out to a number without keeping it.
 */
@Service
public class PhoneDirectory {

	private static final String PHONES = """
			select person_id, phone from identity.personal_data
			where person_id = any(:ids) and phone is not null and phone <> ''""";

	private final Vault vault;

	private final AccessLog log;

	private volatile byte[] secret;

	PhoneDirectory(@Qualifier("vault") Vault vault, AccessLog log) {
		this.vault = vault;
		this.log = log;
	}

	/**
	 * The phone numbers of persons, as they were given; a person without one is left out.
	 * Each look is logged with the purpose.
	 * @param subjects the persons
	 * @param purpose why, in a few words
	 * @return the numbers by person
	 */
	public Map<PersonId, String> phones(Collection<PersonId> subjects, String purpose) {
		var ids = subjects.stream().map(PersonId::value).distinct().toArray(java.util.UUID[]::new);
		var phones = new HashMap<PersonId, String>();
		if (ids.length == 0) {
			return phones;
		}
		vault.jdbc()
			.sql(PHONES)
			.param("ids", ids)
			.query((rs, row) -> phones.put(new PersonId(rs.getObject(1, java.util.UUID.class)), rs.getString(2)))
			.list();
		log.logAll(List.copyOf(phones.keySet()), "VIEW", purpose);
		return phones;
	}

	/**
	 * The keyed hash of a phone number in E.164 form: equal numbers give equal keys, and
	 * the number cannot be found from its key without the vault's secret.
	 * @param e164 e.g. {@code +358401234567}
	 * @return 64 hexadecimal digits
	 */
	public String key(String e164) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(e164.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", ex);
		}
	}

	private byte[] secret() {
		var value = this.secret;
		if (value == null) {
			value = vault.jdbc()
				.sql("select value from identity.secret where name = 'phone-key'")
				.query(byte[].class)
				.single();
			this.secret = value;
		}
		return value;
	}

}
