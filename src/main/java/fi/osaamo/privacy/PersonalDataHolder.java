package fi.osaamo.privacy;

import java.util.List;
import java.util.Map;

import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;

/**
 * A module that holds personal data, as the person's rights over it reach it (GDPR
 * articles 15, 17 and 20): its part of the person's copy of their data, its parts of the
 * My data page and the deletion of what it holds. Each such module implements this
 * interface in a bean; {@code privacy} finds them all, in the order of their
 * {@code @Order}, and never calls the modules otherwise. The identity vault is not a
 * holder: {@code privacy} reads it first and deletes it last.
 */
public interface PersonalDataHolder {

	/**
	 * The module's sections of the download, each under a name of its own.
	 * @param person the person, who asks for their own data
	 * @return the sections in the order they are written; a value may be null
	 */
	Map<String, @Nullable Object> export(PersonId person);

	/**
	 * The module's parts of the My data page.
	 * @param person the person, who reads their own data
	 * @param language the reader's language
	 * @return the parts in the order they are shown, none if the module shows nothing
	 */
	default List<MyDataPart> parts(PersonId person, Language language) {
		return List.of();
	}

	/**
	 * Deletes or anonymises everything the module holds about the person. Runs in the
	 * deletion's transaction, with the other modules' parts; it may run again for the
	 * same person when a deletion is retried, so it must not fail when nothing is left.
	 * @param person the person
	 */
	void forget(PersonId person);

}
