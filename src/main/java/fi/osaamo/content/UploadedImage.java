package fi.osaamo.content;

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
 * An image uploaded with an article, decoded on the server. What it is is read from the
 * bytes, never from the file's name or the browser's word for it: only a PNG or JPEG
 * within the limits of size and pixels is taken, and what is kept is a PNG of Osaamo's
 * own encoding, without the metadata (such as a photo's location) the file carried.
 *
 * @param png the PNG to keep
 * @param width its width in pixels
 * @param height its height in pixels
 */
record UploadedImage(byte[] png, int width, int height) {

	static final int MAX_MEGABYTES = 2;

	static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;

	static final int MAX_SIDE = 2000;

	static final String FIELD = "image";

	private static final Set<String> FORMATS = Set.of("png", "jpeg");

	/**
	 * Decodes an uploaded file and encodes it again as a PNG.
	 * @param bytes the file
	 * @return the image
	 * @throws InvalidInputException when it is empty, too large, of another kind, too
	 * large in pixels or damaged
	 */
	static UploadedImage decode(byte[] bytes) {
		if (bytes.length == 0) {
			throw refused("validation.articleImage.required");
		}
		if (bytes.length > MAX_BYTES) {
			throw refused("validation.articleImage.size", MAX_MEGABYTES);
		}
		try (var input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			var reader = readerOf(input).orElseThrow(() -> refused("validation.articleImage.type"));
			try {
				reader.setInput(input, true, true);
				// The header tells the size: a decompression bomb is refused before a
				// single pixel is decoded.
				var width = reader.getWidth(0);
				var height = reader.getHeight(0);
				if (width > MAX_SIDE || height > MAX_SIDE) {
					throw refused("validation.articleImage.dimensions", width, height, MAX_SIDE);
				}
				return new UploadedImage(png(reader.read(0)), width, height);
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
			throw refused("validation.articleImage.damaged");
		}
	}

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
				throw refused("validation.articleImage.damaged");
			}
		}
		return bytes.toByteArray();
	}

	private static InvalidInputException refused(String messageKey, Object... arguments) {
		return new InvalidInputException(FIELD, messageKey, arguments);
	}

}
