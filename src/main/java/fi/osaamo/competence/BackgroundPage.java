package fi.osaamo.competence;

import java.util.UUID;

import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The mapping's education and work tab: the entries, a form to add or correct one, and
 * the summary.
 *
 * @param mapping the mapping
 * @param entryKind which entry form holds what was typed ({@code education} or
 * {@code work}), or empty
 * @param entry the entry as typed or as saved when corrected
 * @param editing the entry being corrected, or {@code null} when adding
 * @param summary the summary as typed or saved
 * @param error what was wrong with the last change
 */
public record BackgroundPage(Mapping mapping, String entryKind, EntryForm entry, @Nullable UUID editing, String summary,
		@Nullable InvalidInputException error) {

	/**
	 * What the entry form of a kind shows.
	 * @param kind {@code education} or {@code work}
	 * @return the typed or corrected entry, or an empty one
	 */
	public EntryForm entry(String kind) {
		return kind.equals(entryKind) ? entry : EntryForm.EMPTY;
	}

	/**
	 * Whether the entry form of a kind corrects an entry rather than adds one.
	 * @param kind {@code education} or {@code work}
	 * @return true when correcting
	 */
	public boolean editing(String kind) {
		return editing != null && kind.equals(entryKind);
	}

	/**
	 * Where the entry form of a kind is sent.
	 * @param kind {@code education} or {@code work}
	 * @return the address
	 */
	public String action(String kind) {
		return editing(kind) ? "/competence/" + kind + "/" + editing : "/competence/" + kind;
	}

	public boolean errorOn(String field) {
		return error != null && error.on(field).isPresent();
	}

}
