package fi.osaamo.messaging;

import java.io.ByteArrayOutputStream;

/**
 * The GSM 03.38 default alphabet and its extension table, one septet per byte (unpacked),
 * as SMPP carries it with data coding 0. jSMPP has no such charset and the libraries that
 * do are GPL (jcharset) or unmaintained since 2013 (cloudhopper), so the two tables are
 * kept here.
 */
public final class GsmAlphabet {

	private static final char ESCAPE = 0x1B;

	/** The basic table: the character at index n is septet n (0x1B is the escape). */
	private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	/** The extension table: character and the septet that follows the escape. */
	private static final String EXTENDED = "\f^{}\\[~]|€";

	private static final byte[] EXTENDED_CODES = { 0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65 };

	private GsmAlphabet() {
	}

	/**
	 * How many septets a character takes: 1 in the basic table, 2 in the extension table,
	 * 0 if the alphabet has no such character.
	 */
	public static int septets(int codePoint) {
		if (codePoint != ESCAPE && codePoint < 0x10000 && BASIC.indexOf(codePoint) >= 0) {
			return 1;
		}
		return codePoint < 0x10000 && EXTENDED.indexOf(codePoint) >= 0 ? 2 : 0;
	}

	/** Whether every character of the text is in the alphabet. */
	public static boolean fits(String text) {
		return text.codePoints().allMatch(c -> septets(c) > 0);
	}

	/**
	 * The text as unpacked septets.
	 * @throws IllegalArgumentException if a character is not in the alphabet
	 */
	public static byte[] encode(String text) {
		var out = new ByteArrayOutputStream(text.length() + 8);
		text.codePoints().forEach(c -> {
			int basic = c == ESCAPE || c >= 0x10000 ? -1 : BASIC.indexOf(c);
			int extended = c >= 0x10000 ? -1 : EXTENDED.indexOf(c);
			if (basic >= 0) {
				out.write(basic);
			}
			else if (extended >= 0) {
				out.write(ESCAPE);
				out.write(EXTENDED_CODES[extended]);
			}
			else {
				throw new IllegalArgumentException("Not in the GSM 03.38 alphabet: U+" + Integer.toHexString(c));
			}
		});
		return out.toByteArray();
	}

	/** Unpacked septets as text; an unknown escape reads as a space, as handsets do. */
	public static String decode(byte[] septets) {
		var text = new StringBuilder(septets.length);
		for (int i = 0; i < septets.length; i++) {
			int septet = septets[i] & 0x7F;
			if (septet == ESCAPE && i + 1 < septets.length) {
				text.append(extended(septets[++i] & 0x7F));
			}
			else {
				text.append(septet == ESCAPE ? ' ' : BASIC.charAt(septet));
			}
		}
		return text.toString();
	}

	private static char extended(int septet) {
		for (int i = 0; i < EXTENDED_CODES.length; i++) {
			if (EXTENDED_CODES[i] == septet) {
				return EXTENDED.charAt(i);
			}
		}
		return ' ';
	}

}
