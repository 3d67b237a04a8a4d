package fi.osaamo.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to join an organisation. An administrator cannot put an existing user into
 * their organisation: they invite, the person is told by e-mail and accepts or declines
 * on their organisations page, and only acceptance grants the role. The role must fit the
 * organisation's kind, here as when it is granted.
 */
@Service
public class Invitations {

	static final Duration VALID_FOR = Duration.ofDays(14);

	private static final String SELECT = """
			select i.id, i.organisation_id, o.name, o.type, i.person_id, i.role, i.invited_by, i.created_at,
			       i.expires_at
			from organisation.invitation i join organisation.organisation o on o.id = i.organisation_id
			where i.answered_at is null and i.expires_at > :now""";

	private final JdbcClient jdbc;

	private final OrganisationManagement organisations;

	private final IdentityManagement identities;

	private final ApplicationEventPublisher events;

	private final InvitationMail mail;

	private final Clock clock;

	Invitations(JdbcClient jdbc, OrganisationManagement organisations, IdentityManagement identities,
			ApplicationEventPublisher events, InvitationMail mail, Clock clock) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.identities = identities;
		this.events = events;
		this.mail = mail;
		this.clock = clock;
	}

	/**
	 * Invites the person with a user name to a role.
	 * @param organisation where
	 * @param username the person's user name
	 * @param role the role, which must fit the organisation's kind
	 * @param actor who invites
	 * @return the invited person's pseudonym
	 */
	@Transactional
	public String invite(OrganisationId organisation, String username, Role role, PersonId actor) {
		var found = organisations.require(organisation);
		if (!found.type().allows(role)) {
			throw new InvalidInputException("role", "validation.role.notForType");
		}
		var person = identities.findByUsername(username.strip())
			.orElseThrow(() -> new InvalidInputException("username", "validation.username.unknown"));
		if (organisations.hasRole(person.id(), organisation, role)) {
			throw new InvalidInputException("username", "validation.invitation.alreadyMember");
		}
		closeExpired(organisation, person.id(), role);
		var id = UUID.randomUUID();
		var now = clock.instant();
		try {
			jdbc.sql("""
					insert into organisation.invitation (id, organisation_id, person_id, role, invited_by, created_at,
					                                     expires_at)
					values (:id, :organisation, :person, :role, :actor, :now, :expires)""")
				.param("id", id)
				.param("organisation", organisation.value())
				.param("person", person.id().value())
				.param("role", role.name())
				.param("actor", actor.value())
				.param("now", Timestamp.from(now))
				.param("expires", Timestamp.from(now.plus(VALID_FOR)))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("username", "validation.invitation.pending");
		}
		events.publishEvent(mail.invited(id, person.id(), found.name(), role));
		return person.pseudonym();
	}

	/** An expired invitation no longer blocks a new one. */
	private void closeExpired(OrganisationId organisation, PersonId person, Role role) {
		jdbc.sql("""
				update organisation.invitation set answered_at = :now, answer = 'WITHDRAWN'
				where organisation_id = :organisation and person_id = :person and role = :role
				  and answered_at is null and expires_at <= :now""")
			.param("now", Timestamp.from(clock.instant()))
			.param("organisation", organisation.value())
			.param("person", person.value())
			.param("role", role.name())
			.update();
	}

	/**
	 * The open invitations of an organisation, for its administrators.
	 * @param organisation the organisation
	 * @return the invitations, newest first
	 */
	public List<Invitation> ofOrganisation(OrganisationId organisation) {
		return named(jdbc.sql(SELECT + " and i.organisation_id = :organisation order by i.created_at desc")
			.param("now", Timestamp.from(clock.instant()))
			.param("organisation", organisation.value())
			.query(Invitations::row)
			.list());
	}

	/**
	 * The open invitations to a person.
	 * @param person the person
	 * @return the invitations, newest first
	 */
	public List<Invitation> toPerson(PersonId person) {
		return named(jdbc.sql(SELECT + " and i.person_id = :person order by i.created_at desc")
			.param("now", Timestamp.from(clock.instant()))
			.param("person", person.value())
			.query(Invitations::row)
			.list());
	}

	/**
	 * Answers an invitation to oneself: accepting grants the role.
	 * @param person who answers
	 * @param invitation which invitation
	 * @param accept whether to accept
	 * @return the organisation of the invitation
	 */
	@Transactional
	OrganisationId answer(PersonId person, UUID invitation, boolean accept) {
		var open = jdbc.sql(SELECT + " and i.id = :id and i.person_id = :person for update of i")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", invitation)
			.param("person", person.value())
			.query(Invitations::row)
			.optional()
			.orElseThrow(() -> new NotFoundException("invitation " + invitation));
		close(invitation, accept ? "ACCEPTED" : "DECLINED");
		if (accept) {
			organisations.addMember(open.organisationId(), person, open.role());
		}
		return open.organisationId();
	}

	/**
	 * Withdraws an open invitation of an organisation.
	 * @param organisation the organisation
	 * @param invitation which invitation
	 */
	@Transactional
	void withdraw(OrganisationId organisation, UUID invitation) {
		var withdrawn = jdbc.sql("""
				update organisation.invitation set answered_at = :now, answer = 'WITHDRAWN'
				where id = :id and organisation_id = :organisation and answered_at is null""")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", invitation)
			.param("organisation", organisation.value())
			.update();
		if (withdrawn == 0) {
			throw new NotFoundException("invitation " + invitation);
		}
	}

	private void close(UUID invitation, String answer) {
		jdbc.sql("update organisation.invitation set answered_at = :now, answer = :answer where id = :id")
			.param("now", Timestamp.from(clock.instant()))
			.param("answer", answer)
			.param("id", invitation)
			.update();
	}

	/** Fills in the pseudonyms of the invited and the inviters, in one look-up. */
	private List<Invitation> named(List<Row> rows) {
		var people = new ArrayList<PersonId>();
		rows.forEach(row -> {
			people.add(row.person());
			people.add(row.inviter());
		});
		var summaries = identities.summaries(people);
		return rows.stream()
			.map(row -> new Invitation(row.id(), row.organisationId(), row.organisationName(), row.organisationType(),
					row.person(), shown(summaries.get(row.person()), row.role().professional()), row.role(),
					shown(summaries.get(row.inviter()), true), row.createdAt(), row.expiresAt()))
			.toList();
	}

	private static String shown(fi.osaamo.identity.@org.jspecify.annotations.Nullable PersonSummary summary,
			boolean atWork) {
		if (summary == null) {
			return "–";
		}
		return atWork ? summary.atWork() : summary.pseudonym();
	}

	private static Row row(ResultSet rs, int row) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), new OrganisationId(rs.getObject("organisation_id", UUID.class)),
				rs.getString("name"), OrganisationType.valueOf(rs.getString("type")),
				new PersonId(rs.getObject("person_id", UUID.class)), Role.valueOf(rs.getString("role")),
				new PersonId(rs.getObject("invited_by", UUID.class)), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("expires_at").toInstant());
	}

	private record Row(UUID id, OrganisationId organisationId, String organisationName,
			OrganisationType organisationType, PersonId person, Role role, PersonId inviter,
			java.time.Instant createdAt, java.time.Instant expiresAt) {
	}

}
