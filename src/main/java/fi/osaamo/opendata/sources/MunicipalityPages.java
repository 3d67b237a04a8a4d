package fi.osaamo.opendata.sources;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import fi.osaamo.opendata.imports.RecordStream;
import fi.osaamo.opendata.imports.SourceRecord;
import org.jspecify.annotations.Nullable;

/**
 * The records of a source that is asked one municipality and one page at a time, read
 * lazily: the next page is fetched only when the previous one has been taken.
 */
final class MunicipalityPages implements Iterator<SourceRecord> {

	/**
	 * Fetches one page.
	 */
	@FunctionalInterface
	interface Loader {

		/**
		 * @param municipality the municipality code
		 * @param page the page number, counted from {@code firstPage}
		 * @return its records, and whether it was the last page
		 */
		Page load(String municipality, int page);

	}

	/**
	 * One page.
	 *
	 * @param records its records
	 * @param last whether no page follows
	 */
	record Page(List<SourceRecord> records, boolean last) {

		/**
		 * A page whose records are read from a stream, which is then closed.
		 * @param stream the page's records
		 * @param last whether no page follows
		 * @return the page
		 */
		static Page of(RecordStream stream, boolean last) {
			var records = new ArrayList<SourceRecord>();
			try (stream) {
				stream.forEachRemaining(records::add);
			}
			return new Page(records, last);
		}

	}

	private final Iterator<String> municipalities;

	private final Loader loader;

	private final int firstPage;

	private final List<SourceRecord> buffer = new ArrayList<>();

	private @Nullable String municipality;

	private int page;

	private boolean lastPage = true;

	MunicipalityPages(Set<String> municipalities, int firstPage, Loader loader) {
		this.municipalities = List.copyOf(municipalities).iterator();
		this.firstPage = firstPage;
		this.loader = loader;
	}

	@Override
	public boolean hasNext() {
		while (buffer.isEmpty()) {
			if (lastPage && !municipalities.hasNext()) {
				return false;
			}
			loadNext();
		}
		return true;
	}

	private void loadNext() {
		if (lastPage) {
			municipality = municipalities.next();
			page = firstPage;
		}
		else {
			page++;
		}
		var loaded = loader.load(municipality, page);
		buffer.addAll(loaded.records());
		lastPage = loaded.last();
	}

	@Override
	public SourceRecord next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		return buffer.remove(0);
	}

}
