package fi.osaamo.organisation;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.PersonSummary;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
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

	private final OrganisationManagement organisations;

	private final IdentityManagement identities;

	private final ApplicationEventPublisher events;

	private final InvitationMail mail;

	private final OpenInvitations open;

	private final InvitationWrites writes;

	Invitations(OrganisationManagement organisations, IdentityManagement identities, ApplicationEventPublisher events,
			InvitationMail mail, OpenInvitations open, InvitationWrites writes) {
		this.organisations = organisations;
		this.identities = identities;
		this.events = events;
		this.mail = mail;
		this.open = open;
		this.writes = writes;
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
		var person = invitee(found, username, role);
		writes.closeExpired(organisation, person.id(), role);
		var id = UUID.randomUUID();
		writes.insert(id, organisation, person.id(), role, actor);
		events.publishEvent(mail.invited(id, person.id(), found.name(), role));
		return person.pseudonym();
	}

	/** The person to invite: one who exists and does not hold the role yet. */
	private PersonSummary invitee(Organisation found, String username, Role role) {
		found.type().checkAllows(role);
		var person = identities.findByUsername(username.strip())
			.orElseThrow(() -> new InvalidInputException("username", "validation.username.unknown"));
		if (organisations.hasRole(person.id(), found.id(), role)) {
			throw new InvalidInputException("username", "validation.invitation.alreadyMember");
		}
		return person;
	}

	/**
	 * The open invitations of an organisation, for its administrators.
	 * @param organisation the organisation
	 * @return the invitations, newest first
	 */
	public List<Invitation> ofOrganisation(OrganisationId organisation) {
		return open.ofOrganisation(organisation);
	}

	/**
	 * The open invitations to a person.
	 * @param person the person
	 * @return the invitations, newest first
	 */
	public List<Invitation> toPerson(PersonId person) {
		return open.toPerson(person);
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
		var answered = open.lockedForAnswer(invitation, person)
			.orElseThrow(() -> new NotFoundException("invitation " + invitation));
		writes.close(invitation, accept ? "ACCEPTED" : "DECLINED");
		if (accept) {
			organisations.addMember(answered.organisationId(), person, answered.role());
		}
		return answered.organisationId();
	}

	/**
	 * Withdraws an open invitation of an organisation.
	 * @param organisation the organisation
	 * @param invitation which invitation
	 */
	@Transactional
	void withdraw(OrganisationId organisation, UUID invitation) {
		if (writes.withdraw(organisation, invitation) == 0) {
			throw new NotFoundException("invitation " + invitation);
		}
	}

}
