package fi.osaamo.opendata.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * Reads UTF-8 strictly: a byte sequence that is not UTF-8 is reported, not replaced.
 * Unlike {@link java.io.InputStreamReader}, it first hands over the characters before the
 * bad bytes, so the parser reading them knows the line and column where the text went
 * wrong.
 */
final class Utf8Reader extends Reader {

	private final InputStream input;

	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
		.onMalformedInput(CodingErrorAction.REPORT)
		.onUnmappableCharacter(CodingErrorAction.REPORT);

	private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();

	private final CharBuffer chars = CharBuffer.allocate(8192).flip();

	private boolean endOfInput;

	private boolean flushed;

	private @Nullable CharacterCodingException failure;

	Utf8Reader(InputStream input) {
		this.input = input;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		if (!chars.hasRemaining() && !decodeMore()) {
			return -1;
		}
		var count = Math.min(length, chars.remaining());
		chars.get(buffer, offset, count);
		return count;
	}

	/**
	 * Decodes the next characters: those before bad bytes first, the failure after them.
	 * @return whether there are any, or the input has ended
	 */
	private boolean decodeMore() throws IOException {
		if (failure != null) {
			throw failure;
		}
		decodeSome();
		if (!chars.hasRemaining() && failure != null) {
			throw failure;
		}
		return chars.hasRemaining();
	}

	/**
	 * Decodes into the emptied character buffer until it holds something, the input has
	 * ended or bad bytes come.
	 */
	private void decodeSome() throws IOException {
		chars.clear();
		try {
			while (chars.position() == 0 && !flushed && decodeStep()) {
				// Each step decodes what the bytes read so far hold.
			}
		}
		finally {
			chars.flip();
		}
	}

	/**
	 * @return whether to go on: not when bad bytes came
	 */
	private boolean decodeStep() throws IOException {
		var result = decoder.decode(bytes, chars, endOfInput);
		if (result.isError()) {
			failure = new MalformedInputException(result.length());
			return false;
		}
		if (result.isUnderflow()) {
			underflow();
		}
		return true;
	}

	/**
	 * All the bytes there are decoded: flushes at the end of the input, else reads more.
	 */
	private void underflow() throws IOException {
		if (endOfInput) {
			decoder.flush(chars);
			flushed = true;
		}
		else {
			fill();
		}
	}

	private void fill() throws IOException {
		bytes.compact();
		var read = input.read(bytes.array(), bytes.position(), bytes.remaining());
		endOfInput = read < 0;
		bytes.position(bytes.position() + Math.max(0, read));
		bytes.flip();
	}

	@Override
	public void close() throws IOException {
		input.close();
	}

}
