package fi.osaamo.competence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.PersonalData;
import fi.osaamo.messaging.EmailRequested;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Talents a city's growth team may find: people who opted in to being visible to the city
 * (job seekers, and employees open to opportunities). The team sees them by pseudonym and
 * only the sections opened; every look at one is logged for the person to see; contact
 * details are given only when the person approves a contact request.
 */
@Service
public class CityTalents {

	private final JdbcClient jdbc;

	private final CityOptIns optIns;

	private final SharingManagement sharing;

	private final OrganisationManagement organisations;

	private final IdentityManagement identities;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	CityTalents(JdbcClient jdbc, CityOptIns optIns, SharingManagement sharing, OrganisationManagement organisations,
			IdentityManagement identities, ApplicationEventPublisher events, MessageSource messages) {
		this.jdbc = jdbc;
		this.optIns = optIns;
		this.sharing = sharing;
		this.organisations = organisations;
		this.identities = identities;
		this.events = events;
		this.messages = messages;
	}

	/**
	 * A talent's mapping within what they opened to the city; the view is logged for them
	 * to see.
	 * @param city the viewer's city organisation
	 * @param person the talent
	 * @param viewer a growth-team member of the city
	 * @return what may be seen; empty if the person is not visible to the city
	 */
	@Transactional
	public Optional<SharedMapping> view(OrganisationId city, PersonId person, PersonId viewer) {
		return optIns.visibility(person)
			.filter(visible -> visible.city().equals(city))
			.flatMap(visible -> sharing.view(city, person, viewer, EnumSet.copyOf(visible.sections())));
	}

	/**
	 * Asks a talent for contact; they get an e-mail and answer on their sharing page.
	 * @param city the requester's city organisation
	 * @param person the talent, visible to the city
	 * @param requester who asks
	 * @param message why, in a few words
	 * @return the request's id
	 */
	@Transactional
	public UUID requestContact(OrganisationId city, PersonId person, PersonId requester, String message) {
		if (optIns.visibility(person).filter(visible -> visible.city().equals(city)).isEmpty()) {
			throw new NotFoundException("talent " + person);
		}
		var text = message == null ? "" : message.strip();
		if (text.isEmpty()) {
			throw new InvalidInputException("message", "validation.required");
		}
		if (text.length() > 1000) {
			throw new InvalidInputException("message", "validation.tooLong", 1000);
		}
		var id = UUID.randomUUID();
		try {
			jdbc.sql("""
					insert into competence.contact_request (id, person_id, city_id, requester_id, message, status)
					values (:id, :person, :city, :requester, :message, 'PENDING')""")
				.param("id", id)
				.param("person", person.value())
				.param("city", city.value())
				.param("requester", requester.value())
				.param("message", text)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("message", "talents.contact.pending");
		}
		var cityName = organisations.find(city).map(found -> found.name()).orElse("");
		var subject = new StringBuilder();
		var body = new StringBuilder();
		for (var language : List.of("fi", "sv", "en")) {
			var locale = Locale.forLanguageTag(language);
			subject.append(subject.isEmpty() ? "" : " | ")
				.append(messages.getMessage("talents.contact.mailSubject", null, locale));
			body.append(messages.getMessage("talents.contact.mailText", new Object[] { cityName }, locale))
				.append("\n\n");
		}
		events.publishEvent(
				new EmailRequested("contact-request:" + id, person, subject.toString(), body.append(text).toString()));
		return id;
	}

	/**
	 * A talent's contact requests, newest first.
	 * @param person the talent
	 * @return the requests
	 */
	public List<ContactRequest> requestsTo(PersonId person) {
		return jdbc.sql("""
				select id, person_id, city_id, requester_id, message, status, created_at, answered_at
				from competence.contact_request where person_id = :person order by created_at desc limit 100""")
			.param("person", person.value())
			.query((rs, row) -> request(rs))
			.list();
	}

	/**
	 * The latest request of a team member to a talent.
	 * @param city the city organisation
	 * @param person the talent
	 * @param requester the team member
	 * @return the request, if any
	 */
	public Optional<ContactRequest> latestRequest(OrganisationId city, PersonId person, PersonId requester) {
		return jdbc.sql("""
				select id, person_id, city_id, requester_id, message, status, created_at, answered_at
				from competence.contact_request
				where person_id = :person and city_id = :city and requester_id = :requester
				order by created_at desc limit 1""")
			.param("person", person.value())
			.param("city", city.value())
			.param("requester", requester.value())
			.query((rs, row) -> request(rs))
			.optional();
	}

	/**
	 * The talent answers a request.
	 * @param person the talent
	 * @param request the request
	 * @param approve whether they approve
	 */
	@Transactional
	public void answer(PersonId person, UUID request, boolean approve) {
		var changed = jdbc.sql("""
				update competence.contact_request set status = :status, answered_at = now()
				where id = :id and person_id = :person and status = 'PENDING'""")
			.param("status", approve ? "APPROVED" : "DECLINED")
			.param("id", request)
			.param("person", person.value())
			.update();
		if (changed == 0) {
			throw new NotFoundException("contact request " + request);
		}
	}

	/**
	 * A talent's contact details for the team member whose request they approved; the
	 * look is logged in the identity vault.
	 * @param city the city organisation
	 * @param person the talent
	 * @param requester the team member
	 * @return the details, if a request of theirs is approved
	 */
	public Optional<PersonalData> contactDetails(OrganisationId city, PersonId person, PersonId requester) {
		return latestRequest(city, person, requester)
			.filter(request -> request.status() == ContactRequest.Status.APPROVED)
			.flatMap(request -> identities.personalData(person, requester, "approved contact request"));
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
