package fi.osaamo.organisation;

import java.util.regex.Pattern;

/**
 * WCAG 2.1 contrast of a brand colour against white, on which Osaamo shows it as text and
 * under white text on buttons.
 */
final class ColourContrast {

	static final double MINIMUM = 4.5;

	private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

	private ColourContrast() {
	}

	static boolean isHexColour(String colour) {
		return HEX.matcher(colour).matches();
	}

	static double againstWhite(String colour) {
		return (1.0 + 0.05) / (luminance(colour) + 0.05);
	}

	private static double luminance(String colour) {
		var r = channel(Integer.parseInt(colour.substring(1, 3), 16));
		var g = channel(Integer.parseInt(colour.substring(3, 5), 16));
		var b = channel(Integer.parseInt(colour.substring(5, 7), 16));
		return 0.2126 * r + 0.7152 * g + 0.0722 * b;
	}

	private static double channel(int value) {
		var c = value / 255.0;
		return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

}
