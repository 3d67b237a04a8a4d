package fi.osaamo.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.LikePatterns;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL that reads a member's list of favourites: a page with its filters, and the
 * talents in it.
 */
@Component
class FavouriteList {

	private static final String WHERE = " " + """
			from dashboard.favourite where person_id = :person and (cast(:kind as varchar) is null or kind = :kind)
			 and (kind <> 'TALENT' or target = any(:talents))
			 and (:query = '' or label ilike :pattern or coalesce(note, '') ilike :pattern)""";

	private final JdbcClient jdbc;

	FavouriteList(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
		var needle = query.strip().toLowerCase(Locale.ROOT);
		var talents = visibleTalents.stream().map(PersonId::toString).toArray(String[]::new);
		var total = filtered(jdbc.sql("select count(*)" + WHERE), person, kind, needle, talents).query(Long.class)
			.single();
		var items = filtered(jdbc.sql("select kind, target, label, note, created_at" + WHERE + order(sort)), person,
				kind, needle, talents);
		return new Page(page(items, page, size), total);
	}

	private static String order(Sort sort) {
		return " order by " + (sort == Sort.NAME ? "lower(label), target" : "created_at desc, target")
				+ " limit :size offset :offset";
	}

	private static List<Favourite> page(JdbcClient.StatementSpec items, int page, int size) {
		return items.param("size", size).param("offset", (long) page * size).query((rs, row) -> favourite(rs)).list();
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
