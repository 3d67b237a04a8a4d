package fi.osaamo.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.RasterImages;

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

	/**
	 * Decodes an uploaded file and encodes it again as a PNG.
	 * @param bytes the file
	 * @return the image
	 * @throws InvalidInputException when it is empty, too large, of another kind, too
	 * large in pixels or damaged
	 */
	static UploadedImage decode(byte[] bytes) {
		var png = RasterImages.toPng(bytes, LIMITS);
		try (var input = new MemoryCacheImageInputStream(new ByteArrayInputStream(png))) {
			return read(png, input);
		}
		catch (IOException ex) {
			throw new InvalidInputException(FIELD, "validation.articleImage.damaged");
		}
	}

	private static UploadedImage read(byte[] png, ImageInputStream input) throws IOException {
		var reader = ImageIO.getImageReaders(input).next();
		try {
			reader.setInput(input, true, true);
			return new UploadedImage(png, reader.getWidth(0), reader.getHeight(0));
		}
		finally {
			reader.dispose();
		}
	}

	private static final RasterImages.Limits LIMITS = new RasterImages.Limits(MAX_MEGABYTES, MAX_SIDE, FIELD,
			"articleImage");

}
