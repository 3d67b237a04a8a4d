package fi.osaamo.coach.apprenticeships;

import java.nio.charset.StandardCharsets;

import fi.osaamo.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading a school's file: rows keep their line in the file (for the preview's
 * explanations), commas and semicolons both separate, quoted values may hold either, and
 * a file that cannot be read says why beside the file field.
 */
class ApprenticeshipCsvTests {

	private static final String HEADER = "student_id,given_name,family_name,mobile,business_id,qualification,start,end,"
			+ "instructor_email\n";

	@Test
	void rowsKeepTheirLineInTheFileAndOptionalColumnsReadBlank() {
		var rows = ApprenticeshipCsv.read(bytes(HEADER
				+ "A-1,Aino,Aalto,0401234567,0112038-9,Kone,2027-01-11,2027-05-28,i@example.fi\n\n"
				+ "A-2,\"Berg, Bo\",Berg,0401234568,0112038-9,\"Kone, tuotanto\",2027-01-11,2027-05-28,i@example.fi\n"));

		assertThat(rows).extracting(row -> row.line()).containsExactly(2L, 4L);
		assertThat(rows.get(1).apprenticeship().givenName()).isEqualTo("Berg, Bo");
		assertThat(rows.get(1).apprenticeship().qualification()).isEqualTo("Kone, tuotanto");
		assertThat(rows.get(0).apprenticeship().language()).isEmpty();
		assertThat(rows.get(0).apprenticeship().teacherEmail()).isEmpty();
	}

	@Test
	void aSpreadsheetsSemicolonsSeparateAndColumnNamesMayBeInAnyCase() {
		var rows = ApprenticeshipCsv.read(bytes(HEADER.toUpperCase().replace(',', ';')
				+ "A-1;Aino;Aalto;0401234567;0112038-9;Kone, tuotanto;11.1.2027;28.5.2027;i@example.fi\n"));

		assertThat(rows.get(0).apprenticeship().qualification()).isEqualTo("Kone, tuotanto");
		assertThat(rows.get(0).apprenticeship().startsOn()).isEqualTo("11.1.2027");
	}

	@Test
	void aFileThatCannotBeReadSaysWhyBesideTheFileField() {
		assertProblem(bytes("student_id,given_name\nA-1,Aino\n"), "coach.import.missingColumns");
		assertProblem(bytes(HEADER), "coach.import.empty");
		assertProblem(new byte[] { 's', (byte) 0xE4, 'n', '\n' }, "coach.import.notUtf8");
		assertProblem(bytes(HEADER + "\"A-1,Aino\n"), "coach.import.unreadable");
	}

	private static void assertProblem(byte[] file, String key) {
		assertThatThrownBy(() -> ApprenticeshipCsv.read(file)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> {
					assertThat(ex.field()).isEqualTo("file");
					assertThat(ex.messageKey()).isEqualTo(key);
				});
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
