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

	private final PrhFinancialStatements statements;

	private final ZipInputStream zip;

	private final SourceSettings settings;

	private @Nullable ZipEntry entry;

	private int count;

	StatementZip(PrhFinancialStatements statements, ZipInputStream zip, SourceSettings settings) {
		this.statements = statements;
		this.zip = zip;
		this.settings = settings;
	}

	@Override
	public boolean hasNext() {
		if (entry != null) {
			return true;
		}
		try {
			do {
				entry = zip.getNextEntry();
			}
			while (entry != null && entry.isDirectory());
		}
		catch (IOException ex) {
			throw new SourceUnavailableException("opendata.run.unreadableFile", String.valueOf(ex.getMessage()), ex);
		}
		if (entry != null && ++count > MAX_ENTRIES) {
			throw new SourceUnavailableException("opendata.run.tooManyFiles", List.of(Integer.toString(MAX_ENTRIES)),
					"more than " + MAX_ENTRIES, null);
		}
		return entry != null;
	}

	@Override
	public SourceRecord next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		var name = Objects.requireNonNull(entry).getName();
		entry = null;
		try {
			var bytes = zip.readNBytes(MAX_ENTRY + 1);
			if (bytes.length > MAX_ENTRY) {
				return new SourceRecord.Rejected(name, "opendata.reject.largerThan",
						List.of(Integer.toString(MAX_ENTRY / (1024 * 1024))), null);
			}
			return statements.record(new ByteArrayInputStream(bytes), name, null, null, settings);
		}
		catch (IOException ex) {
			throw new SourceUnavailableException("opendata.run.unreadableFile", String.valueOf(ex.getMessage()), ex);
		}
	}

}
