package fi.osaamo.dashboard;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Writes a list as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the
 * Nordic letters right) or as an Excel workbook, row by row, so exports of any size
 * stream without holding the list in memory.
 */
final class Exports {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private Exports() {
	}

	/**
	 * The rows of an export: each call of the consumer writes one row.
	 */
	interface Rows {

		void forEach(Consumer<List<@Nullable Object>> row);

	}

	/**
	 * Sends the list of a dashboard tab as CSV ({@code csv}) or else as a workbook: the
	 * file and its sheet are named after the tab, the columns by the messages
	 * {@code dashboard.<tab>.column.<column>}.
	 */
	static void send(String format, String tab, List<String> columns, Rows rows, MessageSource messages, Locale locale,
			HttpServletResponse response) throws IOException {
		var header = columns.stream()
			.map(column -> messages.getMessage("dashboard." + tab + ".column." + column, null, locale))
			.toList();
		if (format.equals("csv")) {
			csv(response, tab, header, rows);
		}
		else {
			xlsx(response, tab, messages.getMessage("dashboard.tab." + tab, null, locale), header, rows);
		}
	}

	static void csv(HttpServletResponse response, String filename, List<String> header, Rows rows) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		attachment(response, filename + ".csv");
		var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		try (var csv = CSVFormat.EXCEL.builder().setHeader(header.toArray(String[]::new)).get().print(writer)) {
			rows.forEach(row -> print(csv, row));
		}
	}

	private static void print(CSVPrinter csv, List<@Nullable Object> row) {
		try {
			csv.printRecord(row.stream().map(Exports::inert).toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void xlsx(HttpServletResponse response, String filename, String sheetName, List<String> header, Rows rows)
			throws IOException {
		response.setContentType(XLSX);
		attachment(response, filename + ".xlsx");
		Workbooks.write(response, sheetName, header, rows);
	}

	/**
	 * A text a spreadsheet program would run as a formula ({@code =}, {@code +},
	 * {@code -}, {@code @} first) gets an apostrophe in front, so a company or service
	 * name cannot carry a formula into the reader's spreadsheet (CSV injection). Workbook
	 * cells are typed as text already.
	 */
	static @Nullable Object inert(@Nullable Object value) {
		if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return value;
	}

	static void attachment(HttpServletResponse response, String filename) {
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename).build().toString());
	}

}
