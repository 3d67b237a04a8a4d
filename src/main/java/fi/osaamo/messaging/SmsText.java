package fi.osaamo.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A text message as it will travel: its encoding and the parts it is cut into. Screens
 * show {@link #partCount()} and {@link #encoding()} before a message or template is sent;
 * the sender cuts the same parts.
 *
 * @param text the whole text
 * @param encoding GSM 7-bit when every character fits, UCS-2 otherwise
 * @param parts the parts, one when the text fits in a single message
 * @param units the length in the encoding's units (an extension character such as € is
 * two septets)
 */
public record SmsText(String text, SmsEncoding encoding, List<String> parts, int units) {

	/** The most parts a message may have; operators and handsets cope badly with more. */
	public static final int MAX_PARTS = 10;

	public SmsText {
		parts = List.copyOf(parts);
	}

	/**
	 * Works out the encoding and the parts of a text.
	 * @param text the text
	 * @return the text as it will travel
	 */
	public static SmsText of(String text) {
		var encoding = GsmAlphabet.fits(text) ? SmsEncoding.GSM7 : SmsEncoding.UCS2;
		int units = units(text, encoding);
		var parts = units <= encoding.single() ? List.of(text) : split(text, encoding);
		return new SmsText(text, encoding, parts, units);
	}

	public int partCount() {
		return this.parts.size();
	}

	/** Whether the text needs more than {@link #MAX_PARTS} parts. */
	public boolean tooLong() {
		return partCount() > MAX_PARTS;
	}

	/** Units left in the last part before another part is needed. */
	public int unitsLeft() {
		int room = partCount() == 1 ? this.encoding.single() : this.encoding.perPart() * partCount();
		return room - this.units;
	}

	/**
	 * The bytes of one part as SMPP's short_message carries them: unpacked septets or
	 * UTF-16 big-endian, after a concatenation header when there are several parts.
	 * @param index the part, from 0
	 * @param reference the concatenation reference shared by the message's parts
	 */
	public byte[] payload(int index, int reference) {
		var part = this.parts.get(index);
		var body = this.encoding == SmsEncoding.GSM7 ? GsmAlphabet.encode(part)
				: part.getBytes(StandardCharsets.UTF_16BE);
		if (partCount() == 1) {
			return body;
		}
		var payload = new byte[body.length + 6];
		payload[0] = 0x05;
		payload[1] = 0x00;
		payload[2] = 0x03;
		payload[3] = (byte) reference;
		payload[4] = (byte) partCount();
		payload[5] = (byte) (index + 1);
		System.arraycopy(body, 0, payload, 6, body.length);
		return payload;
	}

	private static int units(String text, SmsEncoding encoding) {
		return encoding == SmsEncoding.UCS2 ? text.length() : text.codePoints().map(GsmAlphabet::septets).sum();
	}

	private static List<String> split(String text, SmsEncoding encoding) {
		var parts = new ArrayList<String>();
		var part = new StringBuilder();
		int used = 0;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			int size = encoding == SmsEncoding.GSM7 ? GsmAlphabet.septets(codePoint) : Character.charCount(codePoint);
			if (used + size > encoding.perPart()) {
				parts.add(part.toString());
				part.setLength(0);
				used = 0;
			}
			part.appendCodePoint(codePoint);
			used += size;
			i += Character.charCount(codePoint);
		}
		parts.add(part.toString());
		return parts;
	}

}
