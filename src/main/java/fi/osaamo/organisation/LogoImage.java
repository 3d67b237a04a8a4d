package fi.osaamo.organisation;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import fi.osaamo.platform.InvalidInputException;

/**
 * A logo as Osaamo keeps it. The bytes are decoded on the server, and what they are is
 * read from the bytes themselves, never from the file's name or the browser's word for
 * it: only a PNG or JPEG image within the limits of size and dimensions is taken, and
 * what is kept (and served to every member) is a PNG of Osaamo's own encoding, without
 * whatever else the file carried.
 */
final class LogoImage {

	static final int MAX_MEGABYTES = 1;

	static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;

	static final int MAX_SIDE = 2000;

	static final String CONTENT_TYPE = "image/png";

	private static final Set<String> FORMATS = Set.of("png", "jpeg");

	private LogoImage() {
	}

	/**
	 * Decodes an uploaded logo and encodes it again as a PNG.
	 * @param bytes the uploaded file
	 * @return the PNG to keep
	 * @throws InvalidInputException when it is empty, too large, of another kind, too
	 * large in pixels or damaged
	 */
	static byte[] toPng(byte[] bytes) {
		if (bytes.length == 0) {
			throw refused("validation.logo.required");
		}
		if (bytes.length > MAX_BYTES) {
			throw refused("validation.logo.size", MAX_MEGABYTES);
		}
		try (var input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			var reader = readerOf(input).orElseThrow(() -> refused("validation.logo.type"));
			try {
				reader.setInput(input, true, true);
				// The header says how large the image is: a decompression bomb is refused
				// before a single pixel is decoded.
				var width = reader.getWidth(0);
				var height = reader.getHeight(0);
				if (width > MAX_SIDE || height > MAX_SIDE) {
					throw refused("validation.logo.dimensions", width, height, MAX_SIDE);
				}
				return png(reader.read(0));
			}
			finally {
				reader.dispose();
			}
		}
		catch (InvalidInputException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// Image decoders answer malformed data with all kinds of exceptions.
			throw refused("validation.logo.damaged");
		}
	}

	/** The reader of the format the bytes are in, if it is one Osaamo takes. */
	private static Optional<ImageReader> readerOf(ImageInputStream input) throws IOException {
		var readers = ImageIO.getImageReaders(input);
		while (readers.hasNext()) {
			var reader = readers.next();
			if (FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
				return Optional.of(reader);
			}
			reader.dispose();
		}
		return Optional.empty();
	}

	private static byte[] png(BufferedImage image) throws IOException {
		var bytes = new ByteArrayOutputStream();
		try (var output = new MemoryCacheImageOutputStream(bytes)) {
			if (!ImageIO.write(image, "png", output)) {
				throw refused("validation.logo.damaged");
			}
		}
		return bytes.toByteArray();
	}

	private static InvalidInputException refused(String messageKey, Object... arguments) {
		return new InvalidInputException("logo", messageKey, arguments);
	}

}
