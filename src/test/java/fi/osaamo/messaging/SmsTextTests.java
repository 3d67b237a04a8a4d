package fi.osaamo.messaging;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GSM 03.38 alphabet and how texts are cut into parts: Finnish and Swedish letters
 * are 7-bit, the extension table costs two septets, anything else makes the text UCS-2.
 */
class SmsTextTests {

	@Test
	void finnishAndSwedishLettersFitTheGsmAlphabet() {
		assertThat(GsmAlphabet.fits("äöåÄÖÅ é ü ß @£$")).isTrue();
		assertThat(SmsText.of("Hyvää päivää, Åsa!").encoding()).isEqualTo(SmsEncoding.GSM7);
	}

	@Test
	void extensionCharactersTakeTwoSeptets() {
		var text = SmsText.of("€[]{}|^~\\");
		assertThat(text.encoding()).isEqualTo(SmsEncoding.GSM7);
		assertThat(text.units()).isEqualTo(18);
		assertThat(GsmAlphabet.encode("€")).containsExactly(0x1B, 0x65);
		assertThat(GsmAlphabet.decode(GsmAlphabet.encode("Hinta 5 € [alv]"))).isEqualTo("Hinta 5 € [alv]");
	}

	@Test
	void aCharacterOutsideTheAlphabetMakesTheWholeTextUcs2() {
		assertThat(SmsText.of("Kiitos 🙂").encoding()).isEqualTo(SmsEncoding.UCS2);
		assertThat(SmsText.of("Привет").encoding()).isEqualTo(SmsEncoding.UCS2);
		assertThat(SmsText.of("Café ç").encoding()).isEqualTo(SmsEncoding.UCS2);
	}

	@Test
	void aTextFitsOnePartUpTo160SeptetsAndIsCutIn153AfterThat() {
		assertThat(SmsText.of("a".repeat(160)).partCount()).isEqualTo(1);
		assertThat(SmsText.of("a".repeat(161)).partCount()).isEqualTo(2);
		assertThat(SmsText.of("a".repeat(306)).partCount()).isEqualTo(2);
		assertThat(SmsText.of("a".repeat(307)).partCount()).isEqualTo(3);
		assertThat(SmsText.of("a".repeat(159) + "€").partCount()).isEqualTo(2);
	}

	@Test
	void anEscapeSequenceIsNeverSplitBetweenParts() {
		var text = SmsText.of("a".repeat(152) + "€" + "b".repeat(10));
		assertThat(text.parts().get(0)).isEqualTo("a".repeat(152));
		assertThat(text.parts().get(1)).startsWith("€");
	}

	@Test
	void aUcs2TextFitsOnePartUpTo70AndIsCutIn67AfterThat() {
		assertThat(SmsText.of("ж".repeat(70)).partCount()).isEqualTo(1);
		assertThat(SmsText.of("ж".repeat(71)).partCount()).isEqualTo(2);
		assertThat(SmsText.of("ж".repeat(201)).partCount()).isEqualTo(3);
		var emoji = SmsText.of("ж".repeat(66) + "🙂" + "ж".repeat(10));
		assertThat(emoji.parts().get(0)).hasSize(66);
		assertThat(emoji.parts().get(1)).startsWith("🙂");
	}

	@Test
	void partsOfALongMessageCarryAConcatenationHeader() {
		var text = SmsText.of("x".repeat(200));
		var second = text.payload(1, 42);
		assertThat(second).startsWith(0x05, 0x00, 0x03, 42, 2, 2);
		assertThat(second).hasSize(6 + 47);
		var ucs2 = SmsText.of("ж");
		assertThat(ucs2.payload(0, 0)).isEqualTo("ж".getBytes(StandardCharsets.UTF_16BE));
	}

	@Test
	void moreThanTenPartsIsTooLong() {
		assertThat(SmsText.of("a".repeat(1530)).tooLong()).isFalse();
		assertThat(SmsText.of("a".repeat(1531)).tooLong()).isTrue();
		assertThat(SmsText.of("ж".repeat(671)).tooLong()).isTrue();
	}

	@Test
	void mobileNumbersAreReadAsFinnishByDefaultAndLandlinesRefused() {
		assertThat(MobileNumbers.read("040 123 4567").e164()).contains("+358401234567");
		assertThat(MobileNumbers.read("+46 70 123 45 67").e164()).contains("+46701234567");
		assertThat(MobileNumbers.read("09 310 1641").problem()).isEqualTo(MobileNumbers.Problem.NOT_MOBILE);
		assertThat(MobileNumbers.read("12").problem()).isEqualTo(MobileNumbers.Problem.INVALID_NUMBER);
		assertThat(MobileNumbers.read("soita minulle").problem()).isEqualTo(MobileNumbers.Problem.INVALID_NUMBER);
	}

}
