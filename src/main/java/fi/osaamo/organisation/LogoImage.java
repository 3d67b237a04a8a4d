package fi.osaamo.organisation;

import fi.osaamo.platform.RasterImages;

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
		return RasterImages.toPng(bytes, LIMITS);
	}

	private static final RasterImages.Limits LIMITS = new RasterImages.Limits(MAX_MEGABYTES, MAX_SIDE, "logo", "logo");

}
