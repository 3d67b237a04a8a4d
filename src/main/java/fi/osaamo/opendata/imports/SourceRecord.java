package fi.osaamo.opendata.imports;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One record read from a source: either understood, outside the region, or turned down
 * with a reason.
 */
public sealed interface SourceRecord {

	/**
	 * A record that parsed and validated.
	 *
	 * @param sourceId the source's own id for it
	 * @param payload what the adapter stores
	 */
	record Parsed(String sourceId, Object payload) implements SourceRecord {
	}

	/**
	 * A record outside the region the source is limited to.
	 *
	 * @param sourceId the source's own id for it
	 */
	record OutsideRegion(String sourceId) implements SourceRecord {
	}

	/**
	 * A record turned down.
	 *
	 * @param ref the source's id for it, or its position when it has none
	 * @param reasonKey the message key of the reason
	 * @param arguments the reason's arguments (a line and a column, say)
	 * @param detail the offending value (a field's name or value), shortened; never a
	 * parser's or database's own message, which would read in English only
	 */
	record Rejected(String ref, String reasonKey, List<String> arguments,
			@Nullable String detail) implements SourceRecord {

		public static final int MAX_DETAIL = 300;

		public Rejected {
			ref = shorten(ref, 200);
			arguments = arguments.stream().map(argument -> shorten(argument, 100)).toList();
			detail = detail == null ? null : shorten(detail, MAX_DETAIL);
		}

		public Rejected(String ref, String reasonKey, @Nullable String detail) {
			this(ref, reasonKey, List.of(), detail);
		}

	}

	private static String shorten(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
