package fi.osaamo.platform;

import java.nio.ByteBuffer;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Statistical disclosure control for counts of people: unbiased random rounding to base 5
 * driven by a cell key (the method of the Australian Bureau of Statistics' TableBuilder).
 * Each person has a secret record key, uniform in [0, 1); a cell's key is the sum of its
 * people's record keys, modulo 1. A count is rounded down to its multiple of five or up
 * to the next one, up with probability (count mod 5) / 5, the cell key deciding, so that
 * on average the published count is the true one. The same people in a cell always give
 * the same published count, so asking again or in another table averages nothing away;
 * any change of the cell's people draws anew. Counts are published only as releases that
 * stay fixed for a period (a month), so that one person's change never shows alone.
 */
@Component
public class DisclosureControl {

	/** Published counts are multiples of this. */
	public static final int BASE = 5;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private volatile byte[] secret;

	DisclosureControl(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A person's record key.
	 * @param person the person's id
	 * @return a number in [0, 1) that looks random to anyone without the secret
	 */
	public double recordKey(UUID person) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
			var digest = ByteBuffer.wrap(mac.doFinal(bytes(person))).getLong();
			return (digest >>> 11) * 0x1.0p-53;
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Rounds a count at random to a neighbouring multiple of {@link #BASE}.
	 * @param count the true count
	 * @param cellKey the cell's key in [0, 1): the sum of its people's record keys mod 1
	 * @return the published count
	 */
	public static int round(int count, double cellKey) {
		var remainder = count % BASE;
		if (remainder == 0) {
			return count;
		}
		var down = count - remainder;
		return cellKey < remainder / (double) BASE ? down + BASE : down;
	}

	private static byte[] bytes(UUID person) {
		return ByteBuffer.allocate(16)
			.putLong(person.getMostSignificantBits())
			.putLong(person.getLeastSignificantBits())
			.array();
	}

	private byte[] secret() {
		var known = secret;
		if (known == null) {
			known = storedSecret();
			secret = known;
		}
		return known;
	}

	/** The stored secret, made now if there is none yet. */
	private byte[] storedSecret() {
		var fresh = new byte[32];
		RANDOM.nextBytes(fresh);
		jdbc.sql("insert into platform.disclosure_secret (id, secret) values (1, :secret) on conflict do nothing")
			.param("secret", fresh)
			.update();
		return jdbc.sql("select secret from platform.disclosure_secret where id = 1").query(byte[].class).single();
	}

	/**
	 * A cell being counted: how many people, and its key.
	 */
	public static final class Cell {

		private int count;

		private double key;

		/**
		 * Counts one more person.
		 * @param recordKey the person's record key
		 */
		public void add(double recordKey) {
			count++;
			key = (key + recordKey) % 1.0;
		}

		/**
		 * @return the true count
		 */
		public int count() {
			return count;
		}

		/**
		 * @return the count to publish
		 */
		public int published() {
			return round(count, key);
		}

	}

}
