package fi.osaamo.dashboard;

import java.util.List;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A member's own saved filters of the company list, and the ready-made ones every team
 * member has. Saving under a name the member already uses replaces that filter.
 */
@Component
class SavedFilters {

	static final int MAX_PER_PERSON = 50;

	static final List<SavedFilter> READY_MADE = List.of(
			new SavedFilter(null, "dashboard.filters.ready.notContacted", "noContactMonths=6"),
			new SavedFilter(null, "dashboard.filters.ready.mine", "manager=me"),
			new SavedFilter(null, "dashboard.filters.ready.overdue", "overdue=true"),
			new SavedFilter(null, "dashboard.filters.ready.unmanagedNeeds", "manager=none&openNeeds=true"));

	private final JdbcClient jdbc;

	SavedFilters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<SavedFilter> of(PersonId person) {
		return jdbc
			.sql("select id, name, query from dashboard.saved_filter where person_id = :person order by lower(name)")
			.param("person", person.value())
			.query((rs, row) -> new SavedFilter(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("query")))
			.list();
	}

	/**
	 * Saves the list's filters under a name.
	 * @param person whose filter it is
	 * @param name its name
	 * @param filters the filters, already accepted by the list
	 * @return the name as saved
	 */
	String save(PersonId person, String name, CompanyFilters filters) {
		var text = name.strip();
		check(text, filters);
		var replaced = jdbc.sql("""
				update dashboard.saved_filter set query = :query, name = :name, created_at = now()
				where person_id = :person and lower(name) = lower(:name)""")
			.param("query", filters.query())
			.param("name", text)
			.param("person", person.value())
			.update();
		if (replaced == 0) {
			insert(person, text, filters);
		}
		return text;
	}

	/** Checks the name and that the filters are worth saving. */
	private static void check(String name, CompanyFilters filters) {
		if (name.isEmpty()) {
			throw new InvalidInputException("filterName", "validation.required");
		}
		if (name.length() > 100) {
			throw new InvalidInputException("filterName", "validation.tooLong", 100);
		}
		if (filters.given().isEmpty()) {
			throw new InvalidInputException("filterName", "dashboard.filters.nothingToSave");
		}
		if (filters.query().length() > 1000) {
			throw new InvalidInputException("filterName", "dashboard.filters.queryTooLong");
		}
	}

	/**
	 * Removes one of the person's filters.
	 * @return its name, or {@code null} if they have no such filter
	 */
	@org.jspecify.annotations.Nullable
	String remove(PersonId person, UUID id) {
		return jdbc.sql("delete from dashboard.saved_filter where person_id = :person and id = :id returning name")
			.param("person", person.value())
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private void insert(PersonId person, String name, CompanyFilters filters) {
		var count = jdbc.sql("select count(*) from dashboard.saved_filter where person_id = :person")
			.param("person", person.value())
			.query(Integer.class)
			.single();
		if (count >= MAX_PER_PERSON) {
			throw new InvalidInputException("filterName", "dashboard.filters.tooMany", MAX_PER_PERSON);
		}
		jdbc.sql("""
				insert into dashboard.saved_filter (id, person_id, name, query) values (:id, :person, :name, :query)""")
			.param("id", UUID.randomUUID())
			.param("person", person.value())
			.param("name", name)
			.param("query", filters.query())
			.update();
	}

}
