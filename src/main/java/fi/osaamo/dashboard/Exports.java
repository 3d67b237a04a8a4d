package fi.osaamo.dashboard;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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
			rows.forEach(row -> {
				try {
					csv.printRecord(row.stream().map(Exports::inert).toList());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

	static void xlsx(HttpServletResponse response, String filename, String sheetName, List<String> header, Rows rows)
			throws IOException {
		response.setContentType(XLSX);
		attachment(response, filename + ".xlsx");
		var workbook = new SXSSFWorkbook(200);
		try {
			var sheet = workbook.createSheet(sheetName);
			writeHeader(sheet, header, bold(workbook));
			var count = writeRows(sheet, rows, dates(workbook));
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(count, 1), 0, header.size() - 1));
			for (var column = 0; column < header.size(); column++) {
				sheet.setColumnWidth(column, 24 * 256);
			}
			workbook.write(response.getOutputStream());
		}
		finally {
			workbook.close();
			workbook.dispose();
		}
	}

	private static CellStyle bold(Workbook workbook) {
		var bold = workbook.createCellStyle();
		var font = workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		return bold;
	}

	private static CellStyle dates(Workbook workbook) {
		var dates = workbook.createCellStyle();
		dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
		return dates;
	}

	/**
	 * Writes the header in the first row, which stays in view when the sheet scrolls.
	 */
	private static void writeHeader(Sheet sheet, List<String> header, CellStyle bold) {
		var first = sheet.createRow(0);
		for (var column = 0; column < header.size(); column++) {
			var cell = first.createCell(column);
			cell.setCellValue(header.get(column));
			cell.setCellStyle(bold);
		}
		sheet.createFreezePane(0, 1);
	}

	/**
	 * Writes the rows under the header.
	 * @return how many rows there were
	 */
	private static int writeRows(Sheet sheet, Rows rows, CellStyle dates) {
		var count = new int[] { 0 };
		rows.forEach(values -> {
			var row = sheet.createRow(++count[0]);
			for (var column = 0; column < values.size(); column++) {
				write(row.createCell(column), values.get(column), dates);
			}
		});
		return count[0];
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

	private static void write(Cell cell, @Nullable Object value, CellStyle dates) {
		if (value == null) {
			return;
		}
		// Excel's dates start in 1900: older ones (companies registered in the 1800s) are
		// written as text.
		if (value instanceof LocalDate date && date.getYear() >= 1900) {
			cell.setCellValue(date);
			cell.setCellStyle(dates);
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else {
			cell.setCellValue(value.toString());
		}
	}

	private static void attachment(HttpServletResponse response, String filename) {
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename).build().toString());
	}

}
