package fi.osaamo.opendata.sources;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import fi.osaamo.opendata.imports.SourceUnavailableException;

/**
 * Tells the common binary formats by their first bytes, so that an image or a PDF given
 * to a source that reads text is refused with a reason that names it, not with a parser's
 * complaint about its first byte.
 */
final class FileSignatures {

	private static final List<Signature> SIGNATURES = List.of(
			new Signature("PNG", new byte[] { (byte) 0x89, 'P', 'N', 'G' }),
			new Signature("JPEG", new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff }),
			new Signature("GIF", new byte[] { 'G', 'I', 'F', '8' }),
			new Signature("PDF", new byte[] { '%', 'P', 'D', 'F' }),
			new Signature("ZIP", new byte[] { 'P', 'K', 3, 4 }),
			new Signature("GZIP", new byte[] { 0x1f, (byte) 0x8b }));

	private static final int LONGEST = 4;

	private static final byte[] BYTE_ORDER_MARK = { (byte) 0xef, (byte) 0xbb, (byte) 0xbf };

	private FileSignatures() {
	}

	/**
	 * The document as UTF-8 text (RFC 8259): read as characters, its columns count what
	 * an editor shows, and a byte that is not UTF-8 is reported rather than replaced.
	 */
	static Reader utf8Text(InputStream input) {
		var bytes = FileSignatures.refuseBinary(input, "JSON");
		FileSignatures.skipByteOrderMark(bytes);
		return new Utf8Reader(bytes);
	}

	/**
	 * The stream, to be read from its start, after refusing it when it begins as one of
	 * the binary formats other than those allowed.
	 * @param input what was read
	 * @param expected the format the source reads, for the reason
	 * @param allowed binary formats the source reads after all (ZIP, say)
	 * @return the same bytes
	 * @throws SourceUnavailableException when it is another binary format
	 */
	static BufferedInputStream refuseBinary(InputStream input, String expected, String... allowed) {
		var buffered = input instanceof BufferedInputStream stream ? stream : new BufferedInputStream(input);
		var found = peek(buffered).filter(format -> !Arrays.asList(allowed).contains(format));
		if (found.isPresent()) {
			throw new SourceUnavailableException("opendata.run.wrongFormat", List.of(found.get(), expected),
					found.get() + " instead of " + expected, null);
		}
		return buffered;
	}

	/**
	 * The binary format a stream begins as, leaving it at its start.
	 * @param input the stream
	 * @return the format's name, such as {@code PNG}
	 */
	static Optional<String> peek(BufferedInputStream input) {
		try {
			input.mark(LONGEST);
			var head = input.readNBytes(LONGEST);
			input.reset();
			return of(head);
		}
		catch (IOException ex) {
			throw new SourceUnavailableException("opendata.run.unreadableFile", String.valueOf(ex.getMessage()), ex);
		}
	}

	/**
	 * Skips the UTF-8 byte order mark some editors write at the start of a text file.
	 * @param input the stream, at its start
	 */
	static void skipByteOrderMark(BufferedInputStream input) {
		try {
			input.mark(BYTE_ORDER_MARK.length);
			if (!Arrays.equals(input.readNBytes(BYTE_ORDER_MARK.length), BYTE_ORDER_MARK)) {
				input.reset();
			}
		}
		catch (IOException ex) {
			throw new SourceUnavailableException("opendata.run.unreadableFile", String.valueOf(ex.getMessage()), ex);
		}
	}

	/**
	 * The binary format some bytes begin as.
	 * @param head the first bytes
	 * @return its name, such as {@code PNG}
	 */
	static Optional<String> of(byte[] head) {
		return SIGNATURES.stream().filter(signature -> signature.begins(head)).map(Signature::format).findFirst();
	}

	private record Signature(String format, byte[] magic) {

		boolean begins(byte[] head) {
			return head.length >= magic.length && Arrays.equals(Arrays.copyOf(head, magic.length), magic);
		}

	}

}
