package fi.osaamo.messaging;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import fi.osaamo.platform.InvalidInputException;

/**
 * Mobile numbers read with libphonenumber: a number without a country code is Finnish;
 * only valid numbers that can receive text messages (mobile, or fixed-or-mobile where a
 * country does not tell them apart) are accepted, in E.164 form.
 */
public final class MobileNumbers {

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private MobileNumbers() {
	}

	/** Why a number cannot receive text messages. */
	public enum Problem {

		/** Not a phone number at all, or not one that can exist. */
		INVALID_NUMBER,

		/** A valid number, but a landline or a service number. */
		NOT_MOBILE

	}

	/**
	 * A number as E.164, or why not.
	 * @param typed as typed, e.g. {@code 040 123 4567} or {@code +46 70 123 45 67}
	 * @return the number such as {@code +358401234567}, or the problem
	 */
	public static Result read(String typed) {
		try {
			var number = PHONES.parse(typed, "FI");
			if (!PHONES.isValidNumber(number)) {
				return new Result(null, Problem.INVALID_NUMBER);
			}
			if (!mobile(number)) {
				return new Result(null, Problem.NOT_MOBILE);
			}
			return new Result(PHONES.format(number, PhoneNumberFormat.E164), null);
		}
		catch (NumberParseException ex) {
			return new Result(null, Problem.INVALID_NUMBER);
		}
	}

	/**
	 * A mobile number typed in a form, as E.164.
	 * @param field the form field
	 * @param typed the number
	 * @return the number in E.164 form
	 * @throws InvalidInputException beside the field when it is no mobile number
	 */
	public static String check(String field, String typed) {
		var result = read(typed);
		if (result.problem() != null) {
			throw new InvalidInputException(field,
					result.problem() == Problem.NOT_MOBILE ? "sms.number.notMobile" : "sms.number.invalid");
		}
		return result.e164().orElseThrow();
	}

	/** A number for reading, e.g. {@code +358 40 1234567}. */
	public static String shown(String e164) {
		try {
			return PHONES.format(PHONES.parse(e164, "FI"), PhoneNumberFormat.INTERNATIONAL);
		}
		catch (NumberParseException ex) {
			return e164;
		}
	}

	/**
	 * A number with its middle hidden, e.g. {@code +358 40 *****67}, for a stranger's
	 * reply.
	 */
	public static String masked(String e164) {
		var shown = shown(e164);
		var masked = new StringBuilder(shown);
		int digitsSeen = 0;
		int totalDigits = (int) shown.chars().filter(Character::isDigit).count();
		for (int i = 0; i < masked.length(); i++) {
			if (Character.isDigit(masked.charAt(i))) {
				digitsSeen++;
				if (digitsSeen > 5 && digitsSeen <= totalDigits - 2) {
					masked.setCharAt(i, '*');
				}
			}
		}
		return masked.toString();
	}

	private static boolean mobile(PhoneNumber number) {
		var type = PHONES.getNumberType(number);
		return type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE;
	}

	/**
	 * A number read.
	 *
	 * @param number the E.164 form, when valid
	 * @param problem why not, otherwise
	 */
	public record Result(@org.jspecify.annotations.Nullable String number,
			@org.jspecify.annotations.Nullable Problem problem) {

		public Optional<String> e164() {
			return Optional.ofNullable(this.number);
		}

	}

}
