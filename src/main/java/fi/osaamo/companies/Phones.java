package fi.osaamo.companies;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import fi.osaamo.platform.InvalidInputException;

/**
 * Phone numbers read with libphonenumber: a number without a country code is Finnish, and
 * only numbers that can exist are accepted; they are kept in E.164 form.
 */
final class Phones {

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private Phones() {
	}

	/**
	 * The number in E.164 form.
	 * @param typed the number as typed, e.g. {@code 040 123 4567}
	 * @param field the form field, for the problem
	 * @return e.g. {@code +358401234567}
	 * @throws InvalidInputException if it is no valid number
	 */
	static String normalised(String typed, String field) {
		try {
			var number = PHONES.parse(typed, "FI");
			if (!PHONES.isValidNumber(number)) {
				throw new InvalidInputException(field, "companies.person.phoneInvalid");
			}
			return PHONES.format(number, PhoneNumberFormat.E164);
		}
		catch (NumberParseException ex) {
			throw new InvalidInputException(field, "companies.person.phoneInvalid");
		}
	}

	static String shown(String e164) {
		try {
			return PHONES.format(PHONES.parse(e164, "FI"), PhoneNumberFormat.INTERNATIONAL);
		}
		catch (NumberParseException ex) {
			return e164;
		}
	}

}
