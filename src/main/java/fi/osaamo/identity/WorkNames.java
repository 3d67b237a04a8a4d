package fi.osaamo.identity;

import java.util.Optional;

import fi.osaamo.identity.IdentityConfiguration.Vault;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * The names people give for their professional roles: an HR partner, a growth-team
 * member, a workplace instructor is shown to colleagues and counterparts by this name,
 * not by a pseudonym, since pseudonyms protect people as subjects of data and an account
 * manager nobody can name cannot do the work.
 */
@Service
public class WorkNames {

	static final int MAX_LENGTH = 120;

	private static final String ADOPT_RECORDED_NAME = """
			update identity.person p
			set work_name = left(trim(concat_ws(' ', d.given_name, d.family_name)), :max)
			from identity.personal_data d
			where p.id = :id and d.person_id = p.id and p.work_name is null
			  and trim(concat_ws(' ', d.given_name, d.family_name)) <> ''""";

	private static final String LOG_RECORDED_NAME_SHOWN = """
			insert into identity.access_log (subject_id, actor_id, action, purpose)
			values (:subject, :subject, 'VIEW', 'name shown in a professional role')""";

	private final Vault vault;

	WorkNames(@Qualifier("vault") Vault vault) {
		this.vault = vault;
	}

	/**
	 * A person's work name.
	 * @param person who
	 * @return the name, if they gave one
	 */
	public Optional<String> of(PersonId person) {
		return vault.jdbc()
			.sql("select work_name from identity.person where id = :id and work_name is not null")
			.param("id", person.value())
			.query(String.class)
			.optional();
	}

	/**
	 * Sets the name a person gives for their professional roles.
	 * @param person who
	 * @param name the name, or blank for none (the pseudonym is shown then)
	 */
	public void set(PersonId person, @Nullable String name) {
		var text = check(name);
		vault.jdbc()
			.sql("update identity.person set work_name = :name where id = :id")
			.param("id", person.value())
			.param("name", text.isEmpty() ? null : text)
			.update();
	}

	/**
	 * Checks a work name as typed.
	 * @param name the name, or blank for none
	 * @return the name as it would be kept, spaces tidied
	 */
	public static String check(@Nullable String name) {
		var text = name == null ? "" : name.strip().replaceAll("\\s+", " ");
		if (text.length() > MAX_LENGTH) {
			throw new InvalidInputException("workName", "validation.tooLong", MAX_LENGTH);
		}
		return text;
	}

	/**
	 * Gives a person who takes a professional role their recorded name as their work
	 * name, unless they already have one; the look at the record is logged.
	 * @param person who
	 */
	public void adoptRecordedName(PersonId person) {
		vault.transactions().executeWithoutResult(status -> {
			if (adopt(person) == 1) {
				vault.jdbc().sql(LOG_RECORDED_NAME_SHOWN).param("subject", person.value()).update();
			}
		});
	}

	/**
	 * Sets the recorded name as the work name if there is none; the number of rows
	 * changed.
	 */
	private int adopt(PersonId person) {
		return vault.jdbc().sql(ADOPT_RECORDED_NAME).param("id", person.value()).param("max", MAX_LENGTH).update();
	}

}
