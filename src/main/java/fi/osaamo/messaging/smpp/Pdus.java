package fi.osaamo.messaging.smpp;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import fi.osaamo.messaging.GsmAlphabet;
import fi.osaamo.messaging.MobileNumbers;
import org.jsmpp.bean.TypeOfNumber;

/**
 * Reading and writing the parts of PDUs both ends of the bind share: the text of a
 * short_message in its data coding, the concatenation header, and addresses.
 */
public final class Pdus {

	/** The esm_class bit that says short_message starts with a user data header. */
	public static final byte UDHI = 0x40;

	private Pdus() {
	}

	/**
	 * The text of a short message.
	 * @param dataCoding the data_coding
	 * @param esmClass the esm_class, for the header bit
	 * @param payload the short_message
	 */
	public static String text(byte dataCoding, byte esmClass, byte[] payload) {
		var body = (esmClass & UDHI) != 0 && payload.length > 0
				? Arrays.copyOfRange(payload, Math.min(payload.length, (payload[0] & 0xFF) + 1), payload.length)
				: payload;
		return switch (dataCoding & 0x0F) {
			case 0x08 -> new String(body, StandardCharsets.UTF_16BE);
			case 0x03 -> new String(body, StandardCharsets.ISO_8859_1);
			case 0x01 -> new String(body, StandardCharsets.US_ASCII);
			default -> GsmAlphabet.decode(body);
		};
	}

	/**
	 * The concatenation header of a part: reference, total and sequence number.
	 * @return {@code null} when the part carries none
	 */
	public static int[] concatenation(byte esmClass, byte[] payload) {
		if ((esmClass & UDHI) == 0 || payload.length < 6 || payload[1] != 0x00 || payload[2] != 0x03) {
			return null;
		}
		return new int[] { payload[3] & 0xFF, payload[4] & 0xFF, payload[5] & 0xFF };
	}

	/** A number as SMPP addresses it: international, digits only. */
	public static String address(String e164) {
		return e164.startsWith("+") ? e164.substring(1) : e164;
	}

	/**
	 * A number from an SMPP address, in E.164 when it can be read.
	 * @param ton the address's type of number
	 * @param address the digits
	 */
	public static MobileNumbers.Result number(byte ton, String address) {
		var international = ton == TypeOfNumber.INTERNATIONAL.value() && !address.startsWith("+");
		return MobileNumbers.read(international ? "+" + address : address);
	}

}
