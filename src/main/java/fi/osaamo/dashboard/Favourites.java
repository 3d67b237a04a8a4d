package fi.osaamo.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.LikePatterns;
import fi.osaamo.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A member's favourites: star, unstar, note, and the list with its filters.
 */
@Component
class Favourites {

	static final int MAX_NOTE = 2000;

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
		return new HashSet<>(jdbc.sql("""
				select target from dashboard.favourite
				where person_id = :person and kind = :kind and target = any(:targets)""")
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
		jdbc.sql(
				"""
						insert into dashboard.favourite (person_id, kind, target, label) values (:person, :kind, :target, :label)
						on conflict (person_id, kind, target) do update set label = excluded.label""")
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
		var text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > MAX_NOTE) {
			throw new InvalidInputException("note", "validation.tooLong", MAX_NOTE);
		}
		var changed = jdbc.sql("""
				update dashboard.favourite set note = :note, updated_at = now()
				where person_id = :person and kind = :kind and target = :target""")
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
	 * Every talent a person starred, visible or not.
	 */
	List<PersonId> starredTalents(PersonId person) {
		return jdbc.sql("select target from dashboard.favourite where person_id = :person and kind = 'TALENT'")
			.param("person", person.value())
			.query(String.class)
			.list()
			.stream()
			.map(target -> new PersonId(UUID.fromString(target)))
			.toList();
	}

	/**
	 * A page of a person's favourites. Talents appear only while they are visible to the
	 * person's team: a talent who withdrew is not named, in the list or its exports.
	 * @param visibleTalents the starred talents visible to the person's team now
	 */
	Page list(PersonId person, Favourite.@Nullable Kind kind, String query, Sort sort, int page, int size,
			Set<PersonId> visibleTalents) {
		var where = " " + """
				from dashboard.favourite where person_id = :person and (cast(:kind as varchar) is null or kind = :kind)
				 and (kind <> 'TALENT' or target = any(:talents))
				 and (:query = '' or label ilike :pattern or coalesce(note, '') ilike :pattern)""";
		var needle = query.strip().toLowerCase(Locale.ROOT);
		var talents = visibleTalents.stream().map(PersonId::toString).toArray(String[]::new);
		var total = filtered(jdbc.sql("select count(*)" + where), person, kind, needle, talents).query(Long.class)
			.single();
		var items = filtered(jdbc.sql("select kind, target, label, note, created_at" + where + " order by "
				+ (sort == Sort.NAME ? "lower(label), target" : "created_at desc, target")
				+ " limit :size offset :offset"), person, kind, needle, talents)
			.param("size", size)
			.param("offset", (long) page * size)
			.query((rs, row) -> favourite(rs))
			.list();
		return new Page(items, total);
	}

	/** Binds the conditions of {@link #list}. */
	private static JdbcClient.StatementSpec filtered(JdbcClient.StatementSpec statement, PersonId person,
			Favourite.@Nullable Kind kind, String needle, String[] talents) {
		return statement.param("talents", talents)
			.param("person", person.value())
			.param("kind", kind == null ? null : kind.name())
			.param("query", needle)
			.param("pattern", LikePatterns.containing(needle));
	}

	private static Favourite favourite(ResultSet rs) throws SQLException {
		return new Favourite(Favourite.Kind.valueOf(rs.getString("kind")), rs.getString("target"),
				rs.getString("label"), rs.getString("note"), rs.getTimestamp("created_at").toInstant());
	}

	/** The orders of the list. */
	enum Sort {

		NEWEST, NAME

	}

	record Page(List<Favourite> items, long total) {
	}

}
