package fi.osaamo.coach.apprenticeships;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import fi.osaamo.coach.ImportRow;
import fi.osaamo.coach.NewApprenticeship;
import fi.osaamo.platform.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a school's apprenticeship file: UTF-8 CSV with a header row naming the columns of
 * {@link NewApprenticeship#COLUMNS} (in any order and case; language, cohort, supervisor
 * and teacher may be left out), separated by commas or, as spreadsheets in Finland save
 * it, semicolons.
 */
final class ApprenticeshipCsv {

	/** The most rows one file may have. */
	static final int MAX_ROWS = 5_000;

	private static final List<String> OPTIONAL = List.of("language", "cohort", "supervisor_email", "teacher_email");

	private ApprenticeshipCsv() {
	}

	/**
	 * The rows of a file.
	 * @param bytes the file
	 * @return each row with its line
	 * @throws InvalidInputException beside the file field when it cannot be read
	 */
	static List<ImportRow> read(byte[] bytes) {
		var text = decode(bytes);
		var format = CSVFormat.RFC4180.builder()
			.setDelimiter(delimiter(text))
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
		try (var parser = format.parse(new StringReader(text))) {
			var rows = rows(parser, columns(parser.getHeaderMap()), text);
			if (rows.isEmpty()) {
				throw new InvalidInputException("file", "coach.import.empty");
			}
			return rows;
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			throw new InvalidInputException("file", "coach.import.unreadable");
		}
	}

	private static List<ImportRow> rows(CSVParser parser, Map<String, Integer> columns, String text) {
		var rows = new ArrayList<ImportRow>();
		int line = 1;
		int counted = 0;
		for (var record : parser) {
			if (rows.size() == MAX_ROWS) {
				throw new InvalidInputException("file", "coach.import.tooMany", MAX_ROWS);
			}
			// The line the record starts on, empty lines and line breaks in quotes
			// counted.
			int start = (int) record.getCharacterPosition();
			while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
				start++;
			}
			line += (int) text.substring(counted, start).chars().filter(c -> c == '\n').count();
			counted = start;
			rows.add(new ImportRow(line, row(record, columns)));
		}
		return rows;
	}

	private static String decode(byte[] bytes) {
		try {
			var text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new InvalidInputException("file", "coach.import.notUtf8");
		}
	}

	private static char delimiter(String text) {
		var firstLine = text.lines().findFirst().orElse("");
		return firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
	}

	/** The index of each known column; every required one must be there. */
	private static Map<String, Integer> columns(Map<String, Integer> header) {
		var columns = new TreeMap<String, Integer>();
		header.forEach((name, index) -> columns.put(name.strip().toLowerCase(Locale.ROOT), index));
		var missing = NewApprenticeship.COLUMNS.stream()
			.filter(column -> !OPTIONAL.contains(column) && !columns.containsKey(column))
			.toList();
		if (!missing.isEmpty()) {
			throw new InvalidInputException("file", "coach.import.missingColumns", String.join(", ", missing));
		}
		return columns;
	}

	private static NewApprenticeship row(CSVRecord record, Map<String, Integer> columns) {
		var values = NewApprenticeship.COLUMNS.stream().map(column -> value(record, columns.get(column))).toList();
		return new NewApprenticeship(values.get(0), values.get(1), values.get(2), values.get(3), values.get(4),
				values.get(5), values.get(6), values.get(7), values.get(8), values.get(9), values.get(10),
				values.get(11), values.get(12));
	}

	private static String value(CSVRecord record, @org.jspecify.annotations.Nullable Integer index) {
		return index == null || index >= record.size() ? "" : record.get(index);
	}

}
