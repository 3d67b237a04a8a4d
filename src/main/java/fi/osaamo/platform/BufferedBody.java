package fi.osaamo.platform;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request with its body read once into memory, for reading again after a check.
 */
final class BufferedBody extends HttpServletRequestWrapper {

	private final byte[] body;

	BufferedBody(HttpServletRequest request, byte[] body) {
		super(request);
		this.body = body;
	}

	@Override
	public ServletInputStream getInputStream() {
		return new BodyStream(new ByteArrayInputStream(body));
	}

	@Override
	public BufferedReader getReader() {
		return new BufferedReader(new InputStreamReader(getInputStream(),
				getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding())));
	}

	/**
	 * The body read again from memory: all of it is there, so it is always ready and a
	 * read listener hears at once that everything is read.
	 */
	private static final class BodyStream extends ServletInputStream {

		private final ByteArrayInputStream in;

		BodyStream(ByteArrayInputStream in) {
			this.in = in;
		}

		@Override
		public int read() {
			return in.read();
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			return in.read(buffer, offset, length);
		}

		@Override
		public boolean isFinished() {
			return in.available() == 0;
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setReadListener(ReadListener listener) {
			// The whole body is already here: it is ready and read at once.
			try {
				listener.onDataAvailable();
				listener.onAllDataRead();
			}
			catch (IOException ex) {
				listener.onError(ex);
			}
		}

	}

}
