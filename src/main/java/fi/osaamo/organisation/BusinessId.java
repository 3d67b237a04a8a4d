package fi.osaamo.organisation;

import java.util.regex.Pattern;

import fi.osaamo.platform.InvalidInputException;

/**
 * A Finnish business ID (Y-tunnus), such as {@code 0112038-9}: seven digits, a hyphen and
 * a check digit computed with the weights 7, 9, 10, 5, 8, 4, 2 modulo 11.
 *
 * @param value the ID in its canonical form
 */
public record BusinessId(String value) {

	private static final Pattern FORMAT = Pattern.compile("\\d{7}-\\d");

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2 };

	public BusinessId {
		if (!isValid(value)) {
			throw new InvalidInputException("businessId", "validation.businessId");
		}
	}

	/**
	 * Reads a business ID as people type it: surrounding spaces are dropped and the older
	 * six-digit form gets its leading zero.
	 * @param text the typed ID
	 * @return the business ID
	 * @throws InvalidInputException if it is malformed or its check digit is wrong
	 */
	public static BusinessId parse(String text) {
		var trimmed = text.strip();
		if (trimmed.matches("\\d{6}-\\d")) {
			trimmed = "0" + trimmed;
		}
		return new BusinessId(trimmed);
	}

	public static boolean isValid(String value) {
		if (!FORMAT.matcher(value).matches()) {
			return false;
		}
		var check = checkDigit(value.substring(0, 7));
		return check >= 0 && check == value.charAt(8) - '0';
	}

	/**
	 * The check digit of seven digits, or -1 when no valid ID has them (remainder 1).
	 * @param digits the seven digits
	 * @return the check digit
	 */
	public static int checkDigit(String digits) {
		var sum = 0;
		for (int i = 0; i < 7; i++) {
			sum += (digits.charAt(i) - '0') * WEIGHTS[i];
		}
		var remainder = sum % 11;
		if (remainder == 1) {
			return -1;
		}
		return remainder == 0 ? 0 : 11 - remainder;
	}

	@Override
	public String toString() {
		return value;
	}

}
