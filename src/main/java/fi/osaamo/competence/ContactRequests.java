package fi.osaamo.competence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored contact requests of a city's growth team to talents, and the talents'
 * answers.
 */
@Repository
class ContactRequests {

	private static final String COLUMNS = """
			select id, person_id, city_id, requester_id, message, status, created_at, answered_at
			from competence.contact_request""";

	private static final String INSERT = """
			insert into competence.contact_request (id, person_id, city_id, requester_id, message, status)
			values (:id, :person, :city, :requester, :message, 'PENDING')""";

	private final JdbcClient jdbc;

	ContactRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a pending request; a requester has at most one pending request to a talent.
	 * @param city the requester's city organisation
	 * @param person the talent
	 * @param requester who asks
	 * @param message why, checked
	 * @return the request's id
	 */
	UUID add(OrganisationId city, PersonId person, PersonId requester, String message) {
		var id = UUID.randomUUID();
		try {
			insert(id, city, person, requester, message);
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("message", "talents.contact.pending");
		}
		return id;
	}

	private void insert(UUID id, OrganisationId city, PersonId person, PersonId requester, String message) {
		jdbc.sql(INSERT)
			.param("id", id)
			.param("person", person.value())
			.param("city", city.value())
			.param("requester", requester.value())
			.param("message", message)
			.update();
	}

	List<ContactRequest> to(PersonId person) {
		return jdbc.sql(COLUMNS + " where person_id = :person order by created_at desc limit 100")
			.param("person", person.value())
			.query((rs, row) -> request(rs))
			.list();
	}

	Optional<ContactRequest> latest(OrganisationId city, PersonId person, PersonId requester) {
		return jdbc.sql(COLUMNS + """

				where person_id = :person and city_id = :city and requester_id = :requester
				order by created_at desc limit 1""")
			.param("person", person.value())
			.param("city", city.value())
			.param("requester", requester.value())
			.query((rs, row) -> request(rs))
			.optional();
	}

	/**
	 * Records a talent's answer to a pending request of theirs.
	 * @return whether there was such a request
	 */
	boolean answer(PersonId person, UUID request, boolean approve) {
		return jdbc.sql("""
				update competence.contact_request set status = :status, answered_at = now()
				where id = :id and person_id = :person and status = 'PENDING'""")
			.param("status", approve ? "APPROVED" : "DECLINED")
			.param("id", request)
			.param("person", person.value())
			.update() > 0;
	}

	private static ContactRequest request(ResultSet rs) throws SQLException {
		var answered = rs.getTimestamp("answered_at");
		return new ContactRequest(rs.getObject("id", UUID.class), new PersonId(rs.getObject("person_id", UUID.class)),
				new OrganisationId(rs.getObject("city_id", UUID.class)),
				new PersonId(rs.getObject("requester_id", UUID.class)), rs.getString("message"),
				ContactRequest.Status.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
				answered == null ? null : answered.toInstant());
	}

}
