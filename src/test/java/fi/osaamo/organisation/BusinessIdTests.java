package fi.osaamo.organisation;

import fi.osaamo.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessIdTests {

	@ParameterizedTest
	@ValueSource(strings = { "0112038-9", "1572860-0", "0201256-6", "2617416-4" })
	void acceptsRealBusinessIds(String id) {
		assertThat(BusinessId.parse(id).value()).isEqualTo(id);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0112038-8", "1234567", "12345678-9", "abcdefg-h", "0112038 9", "", "0112038-10" })
	void refusesMalformedOrWrongCheckDigit(String id) {
		assertThatThrownBy(() -> BusinessId.parse(id)).isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).messageKey()).isEqualTo("validation.businessId"));
	}

	@Test
	void readsTheOlderSixDigitFormWithItsLeadingZero() {
		assertThat(BusinessId.parse(" 112038-9 ").value()).isEqualTo("0112038-9");
	}

	@Test
	void remainderOneHasNoValidCheckDigit() {
		// 7*0+9*0+10*0+5*0+8*0+4*0+2*6 = 12, 12 mod 11 = 1
		assertThat(BusinessId.checkDigit("0000006")).isEqualTo(-1);
		assertThat(BusinessId.isValid("0000006-0")).isFalse();
	}

}
