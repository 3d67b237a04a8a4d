package fi.osaamo.dashboard;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExportsTests {

	@Test
	void textThatASpreadsheetWouldRunAsAFormulaIsMadeInert() {
		assertThat(Exports.inert("=HYPERLINK(\"http://evil.invalid\")"))
			.isEqualTo("'=HYPERLINK(\"http://evil.invalid\")");
		assertThat(Exports.inert("+358 40 123")).isEqualTo("'+358 40 123");
		assertThat(Exports.inert("-1")).isEqualTo("'-1");
		assertThat(Exports.inert("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(Exports.inert("Rantalan Konepaja Oy")).isEqualTo("Rantalan Konepaja Oy");
		assertThat(Exports.inert(-1)).isEqualTo(-1);
		assertThat(Exports.inert("")).isEqualTo("");
		assertThat(Exports.inert(null)).isNull();
	}

}
