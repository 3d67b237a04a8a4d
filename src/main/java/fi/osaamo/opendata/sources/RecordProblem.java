package fi.osaamo.opendata.sources;

import java.util.List;

import fi.osaamo.opendata.imports.SourceRecord;
import org.jspecify.annotations.Nullable;

/**
 * Why a record is turned down: a reason as a message key, its arguments and the offending
 * value.
 */
final class RecordProblem extends RuntimeException {

	private final String reasonKey;

	private final List<String> arguments;

	RecordProblem(String reasonKey, String detail) {
		this(reasonKey, List.of(), detail);
	}

	/**
	 * @param reasonKey the reason, as a message key
	 * @param arguments the reason's arguments
	 * @param detail the offending value, or none
	 */
	RecordProblem(String reasonKey, List<String> arguments, @Nullable String detail) {
		super(detail, null, false, false);
		this.reasonKey = reasonKey;
		this.arguments = List.copyOf(arguments);
	}

	String reasonKey() {
		return reasonKey;
	}

	SourceRecord.Rejected toRejection(String ref) {
		return new SourceRecord.Rejected(ref, reasonKey, arguments, getMessage());
	}

}
