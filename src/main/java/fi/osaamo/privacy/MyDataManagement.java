package fi.osaamo.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * A person's rights over their data (GDPR articles 15, 17 and 20): everything Osaamo
 * holds about them in one machine-readable file, and the deletion of their account and
 * data. Each module that holds personal data contributes its part as a
 * {@link PersonalDataHolder}; the identity vault is read first and deleted last.
 */
@Service
public class MyDataManagement {

	private final IdentityManagement identities;

	private final List<PersonalDataHolder> holders;

	private final AccountDeletions deletions;

	MyDataManagement(IdentityManagement identities, List<PersonalDataHolder> holders, AccountDeletions deletions) {
		this.identities = identities;
		this.holders = holders;
		this.deletions = deletions;
	}

	/**
	 * Everything about a person, section by section.
	 * @param person the person, who asks for it themselves
	 * @return the data, ready to be written as JSON
	 */
	public Map<String, @Nullable Object> export(PersonId person) {
		var data = new LinkedHashMap<String, @Nullable Object>();
		data.put("personalData", identities.personalData(person, person, "data export").orElse(null));
		data.put("accessLog", identities.accessLog(person, 1000));
		holders.forEach(holder -> data.putAll(holder.export(person)));
		return data;
	}

	/**
	 * Deletes the person's account and every piece of their data: every module's part in
	 * one transaction, then the identity vault. A deletion that fails part way stays
	 * recorded and is retried until it is complete.
	 * @param person the person
	 * @return whether the deletion is complete; if not, it is retried shortly
	 */
	public boolean delete(PersonId person) {
		return deletions.delete(person);
	}

}
