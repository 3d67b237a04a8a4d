package fi.osaamo.opendata.sources;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import fi.osaamo.opendata.imports.SourceRecord;
import fi.osaamo.opendata.imports.SourceSettings;
import fi.osaamo.opendata.imports.SourceUnavailableException;
import org.jspecify.annotations.Nullable;

/**
 * The statements of an uploaded ZIP, each document in it a record of
 * {@link PrhFinancialStatements}; other files in it are turned down.
 */
final class StatementZip implements Iterator<SourceRecord> {

	static final int MAX_ENTRY = 20 * 1024 * 1024;

	static final int MAX_ENTRIES = 10_000;

	private final StatementRecords statements;

	private final ZipInputStream zip;

	private final SourceSettings settings;

	private @Nullable ZipEntry entry;

	private int count;

	StatementZip(StatementRecords statements, ZipInputStream zip, SourceSettings settings) {
		this.statements = statements;
		this.zip = zip;
		this.settings = settings;
	}

	@Override
	public boolean hasNext() {
		if (entry != null) {
			return true;
		}
		skipToFile();
		if (entry != null && ++count > MAX_ENTRIES) {
			throw new SourceUnavailableException("opendata.run.tooManyFiles", List.of(Integer.toString(MAX_ENTRIES)),
					"more than " + MAX_ENTRIES, null);
		}
		return entry != null;
	}

	private void skipToFile() {
		try {
			do {
				entry = zip.getNextEntry();
			}
			while (entry != null && entry.isDirectory());
		}
		catch (IOException ex) {
			throw unreadable(ex);
		}
	}

	@Override
	public SourceRecord next() {
		var name = take();
		try {
			return record(name, zip.readNBytes(MAX_ENTRY + 1));
		}
		catch (IOException ex) {
			throw unreadable(ex);
		}
	}

	/** The name of the file to read next, which is taken so. */
	private String take() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		var name = Objects.requireNonNull(entry).getName();
		entry = null;
		return name;
	}

	private SourceRecord record(String name, byte[] bytes) {
		if (bytes.length > MAX_ENTRY) {
			return new SourceRecord.Rejected(name, "opendata.reject.largerThan",
					List.of(Integer.toString(MAX_ENTRY / (1024 * 1024))), null);
		}
		return statements.record(new ByteArrayInputStream(bytes), name, null, settings);
	}

	private static SourceUnavailableException unreadable(IOException ex) {
		return new SourceUnavailableException("opendata.run.unreadableFile", String.valueOf(ex.getMessage()), ex);
	}

}
