package fi.osaamo.dashboard;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A member's favourites: star, unstar, note, and which things are starred.
 */
@Component
class Favourites {

	static final int MAX_NOTE = 2000;

	private static final String STARRED_AMONG = """
			select target from dashboard.favourite
			where person_id = :person and kind = :kind and target = any(:targets)""";

	private static final String STAR = """
			insert into dashboard.favourite (person_id, kind, target, label) values (:person, :kind, :target, :label)
			on conflict (person_id, kind, target) do update set label = excluded.label""";

	private static final String UPDATE_NOTE = """
			update dashboard.favourite set note = :note, updated_at = now()
			where person_id = :person and kind = :kind and target = :target""";

	private final JdbcClient jdbc;

	Favourites(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean starred(PersonId person, Favourite.Kind kind, String target) {
		return jdbc.sql(
				"select exists (select 1 from dashboard.favourite where person_id = :person and kind = :kind and target = :target)")
			.param("person", person.value())
			.param("kind", kind.name())
			.param("target", target)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Which of some things are the person's favourites, in one query (a list page asks
	 * for all its rows at once).
	 */
	Set<String> starredAmong(PersonId person, Favourite.Kind kind, Collection<String> targets) {
		if (targets.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql(STARRED_AMONG)
			.param("person", person.value())
			.param("kind", kind.name())
			.param("targets", targets.toArray(String[]::new))
			.query(String.class)
			.list());
	}

	StarButton button(PersonId person, Favourite.Kind kind, String target, String returnTo) {
		return new StarButton(kind, target, starred(person, kind, target), returnTo);
	}

	void star(PersonId person, Favourite.Kind kind, String target, String label) {
		jdbc.sql(STAR)
			.param("person", person.value())
			.param("kind", kind.name())
			.param("target", target)
			.param("label", label.length() > 300 ? label.substring(0, 300) : label)
			.update();
	}

	void unstar(PersonId person, Favourite.Kind kind, String target) {
		jdbc.sql("delete from dashboard.favourite where person_id = :person and kind = :kind and target = :target")
			.param("person", person.value())
			.param("kind", kind.name())
			.param("target", target)
			.update();
	}

	void note(PersonId person, Favourite.Kind kind, String target, @Nullable String note) {
		var text = checked(note);
		var changed = jdbc.sql(UPDATE_NOTE)
			.param("note", text)
			.param("person", person.value())
			.param("kind", kind.name())
			.param("target", target)
			.update();
		if (changed == 0) {
			throw new NotFoundException("favourite " + kind + " " + target);
		}
	}

	/**
	 * The note as it is kept: stripped, or none when blank; a note too long is refused.
	 */
	private static @Nullable String checked(@Nullable String note) {
		var text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > MAX_NOTE) {
			throw new InvalidInputException("note", "validation.tooLong", MAX_NOTE);
		}
		return text;
	}

}
