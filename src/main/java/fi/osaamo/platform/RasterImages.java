package fi.osaamo.platform;

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

/**
 * Uploaded pictures (logos, article images), decoded on the server: what a file is is
 * read from its bytes, never from its name or the browser's word for it. Only a PNG or
 * JPEG within the limits of size and pixels is taken, and what is kept is a PNG of
 * Osaamo's own encoding, without the metadata the file carried.
 */
public final class RasterImages {

	private static final Set<String> FORMATS = Set.of("png", "jpeg");

	private RasterImages() {
	}

	/**
	 * Decodes an upload and encodes it again as a PNG.
	 * @param bytes the uploaded file
	 * @param limits the limits and how refusals are named
	 * @return the PNG to keep
	 * @throws InvalidInputException when it is empty ({@code .required}), too large
	 * ({@code .size}), of another kind ({@code .type}), too large in pixels
	 * ({@code .dimensions}) or damaged ({@code .damaged}), each key under
	 * {@code validation.} and the limits' prefix
	 */
	public static byte[] toPng(byte[] bytes, Limits limits) {
		checkSize(bytes, limits);
		try (var input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			return converted(input, limits);
		}
		catch (InvalidInputException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// Image decoders answer malformed data with all kinds of exceptions.
			throw limits.refused("damaged");
		}
	}

	private static void checkSize(byte[] bytes, Limits limits) {
		if (bytes.length == 0) {
			throw limits.refused("required");
		}
		if (bytes.length > limits.maxMegabytes() * 1024L * 1024L) {
			throw limits.refused("size", limits.maxMegabytes());
		}
	}

	/** The image of a readable type as a PNG. */
	private static byte[] converted(ImageInputStream input, Limits limits) throws IOException {
		var reader = readerOf(input).orElseThrow(() -> limits.refused("type"));
		try {
			return png(decode(reader, input, limits), limits);
		}
		finally {
			reader.dispose();
		}
	}

	/**
	 * Decodes the first image, after the header has said how large it is: a decompression
	 * bomb is refused before a single pixel is decoded.
	 */
	private static BufferedImage decode(ImageReader reader, ImageInputStream input, Limits limits) throws IOException {
		reader.setInput(input, true, true);
		var width = reader.getWidth(0);
		var height = reader.getHeight(0);
		if (width > limits.maxSide() || height > limits.maxSide()) {
			throw limits.refused("dimensions", width, height, limits.maxSide());
		}
		return reader.read(0);
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

	private static byte[] png(BufferedImage image, Limits limits) throws IOException {
		var bytes = new ByteArrayOutputStream();
		try (var output = new MemoryCacheImageOutputStream(bytes)) {
			if (!ImageIO.write(image, "png", output)) {
				throw limits.refused("damaged");
			}
		}
		return bytes.toByteArray();
	}

	/**
	 * What an upload may be, and how a refusal is told.
	 *
	 * @param maxMegabytes the largest file
	 * @param maxSide the most pixels on either side
	 * @param field the form field refusals point at
	 * @param messagePrefix the refusals' message keys' part after {@code validation.}, as
	 * in {@code validation.logo.size}
	 */
	public record Limits(int maxMegabytes, int maxSide, String field, String messagePrefix) {

		InvalidInputException refused(String problem, Object... arguments) {
			return new InvalidInputException(field, "validation." + messagePrefix + "." + problem, arguments);
		}

	}

}
