package fi.osaamo.dashboard;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes an export as an Excel workbook of one sheet, streamed row by row: a bold header
 * that stays in view, a filter on every column, dates as dates.
 */
final class Workbooks {

	private Workbooks() {
	}

	static void write(HttpServletResponse response, String sheetName, List<String> header, Exports.Rows rows)
			throws IOException {
		var workbook = new SXSSFWorkbook(200);
		try {
			fill(workbook, workbook.createSheet(sheetName), header, rows);
			workbook.write(response.getOutputStream());
		}
		finally {
			workbook.close();
			workbook.dispose();
		}
	}

	private static void fill(Workbook workbook, Sheet sheet, List<String> header, Exports.Rows rows) {
		writeHeader(sheet, header, bold(workbook));
		var count = writeRows(sheet, rows, dates(workbook));
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(count, 1), 0, header.size() - 1));
		for (var column = 0; column < header.size(); column++) {
			sheet.setColumnWidth(column, 24 * 256);
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
	private static int writeRows(Sheet sheet, Exports.Rows rows, CellStyle dates) {
		var count = new int[] { 0 };
		rows.forEach(values -> {
			var row = sheet.createRow(++count[0]);
			for (var column = 0; column < values.size(); column++) {
				write(row.createCell(column), values.get(column), dates);
			}
		});
		return count[0];
	}

	private static void write(Cell cell, @Nullable Object value, CellStyle dates) {
		// Excel's dates start in 1900: older ones (companies registered in the 1800s) are
		// written as text.
		if (value instanceof LocalDate date && date.getYear() >= 1900) {
			cell.setCellValue(date);
			cell.setCellStyle(dates);
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value != null) {
			cell.setCellValue(value.toString());
		}
	}

}
