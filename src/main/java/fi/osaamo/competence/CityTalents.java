package fi.osaamo.competence;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.PersonalData;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Talents a city's growth team may find: people who opted in to being visible to the city
 * (job seekers, and employees open to opportunities). The team sees them by pseudonym and
 * only the sections opened; every look at one is logged for the person to see; contact
 * details are given only when the person approves a contact request. The requests are
 * stored by {@link ContactRequests} and announced by {@link ContactRequestMail}.
 */
@Service
public class CityTalents {

	private final CityOptIns optIns;

	private final SharingManagement sharing;

	private final IdentityManagement identities;

	private final ContactRequests requests;

	private final ContactRequestMail mail;

	CityTalents(CityOptIns optIns, SharingManagement sharing, IdentityManagement identities, ContactRequests requests,
			ContactRequestMail mail) {
		this.optIns = optIns;
		this.sharing = sharing;
		this.identities = identities;
		this.requests = requests;
		this.mail = mail;
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
		return visibility(city, person)
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
		if (visibility(city, person).isEmpty()) {
			throw new NotFoundException("talent " + person);
		}
		var text = checkedMessage(message);
		var id = requests.add(city, person, requester, text);
		mail.send(id, city, person, text);
		return id;
	}

	private Optional<CityVisibility> visibility(OrganisationId city, PersonId person) {
		return optIns.visibility(person).filter(visible -> visible.city().equals(city));
	}

	private static String checkedMessage(String message) {
		var text = message == null ? "" : message.strip();
		if (text.isEmpty()) {
			throw new InvalidInputException("message", "validation.required");
		}
		if (text.length() > 1000) {
			throw new InvalidInputException("message", "validation.tooLong", 1000);
		}
		return text;
	}

	/**
	 * A talent's contact requests, newest first.
	 * @param person the talent
	 * @return the requests
	 */
	public List<ContactRequest> requestsTo(PersonId person) {
		return requests.to(person);
	}

	/**
	 * The latest request of a team member to a talent.
	 * @param city the city organisation
	 * @param person the talent
	 * @param requester the team member
	 * @return the request, if any
	 */
	public Optional<ContactRequest> latestRequest(OrganisationId city, PersonId person, PersonId requester) {
		return requests.latest(city, person, requester);
	}

	/**
	 * The talent answers a request.
	 * @param person the talent
	 * @param request the request
	 * @param approve whether they approve
	 */
	@Transactional
	public void answer(PersonId person, UUID request, boolean approve) {
		if (!requests.answer(person, request, approve)) {
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

}
