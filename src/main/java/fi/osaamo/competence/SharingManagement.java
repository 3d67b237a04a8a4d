package fi.osaamo.competence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.Membership;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person shares of their mapping with the HR specialists of their companies, and
 * what those specialists see. A mapping is private until shared; sharing is per section
 * and may end on a date; every view is logged for the person to see.
 */
@Service
public class SharingManagement {

	private final SharingGrants grants;

	private final SharedMappingViews views;

	private final MappingRepository mappings;

	private final OrganisationManagement organisations;

	private final SharedMappingPeople people;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SharingManagement(SharingGrants grants, SharedMappingViews views, SharedMappingPeople people,
			MappingRepository mappings, OrganisationManagement organisations, Clock clock,
			ApplicationEventPublisher events) {
		this.grants = grants;
		this.views = views;
		this.mappings = mappings;
		this.organisations = organisations;
		this.people = people;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * The companies a person may share with: those they belong to.
	 * @param person the person
	 * @return the memberships in companies, one per company
	 */
	public List<Membership> companiesOf(PersonId person) {
		var byCompany = new LinkedHashMap<OrganisationId, Membership>();
		organisations.membershipsOf(person)
			.stream()
			.filter(membership -> membership.organisationType() == OrganisationType.COMPANY)
			.forEach(membership -> byCompany.putIfAbsent(membership.organisationId(), membership));
		return List.copyOf(byCompany.values());
	}

	public List<Grant> grants(PersonId person) {
		return grants.of(person);
	}

	/**
	 * Sets what a person shares with one company: exactly these sections, until the date.
	 * An empty set revokes everything, also what the person granted a company they have
	 * left: every grant a person ever made stays theirs to remove.
	 * @param person who shares
	 * @param organisation with whom
	 * @param sections what
	 * @param expiresOn until when (inclusive), or until revoked
	 */
	@Transactional
	public void share(PersonId person, OrganisationId organisation, Set<Section> sections,
			@Nullable LocalDate expiresOn) {
		if (sections.isEmpty()) {
			revoke(person, organisation);
			return;
		}
		checkShare(person, organisation, expiresOn);
		grants.replace(person, organisation, sections, expiresOn);
		events.publishEvent(new SharingChanged(person));
	}

	private void checkShare(PersonId person, OrganisationId organisation, @Nullable LocalDate expiresOn) {
		if (companiesOf(person).stream().noneMatch(company -> company.organisationId().equals(organisation))) {
			throw new InvalidInputException("organisation", "validation.notYourCompany");
		}
		if (expiresOn != null && expiresOn.isBefore(LocalDate.now(clock))) {
			throw new InvalidInputException("expiresOn", "validation.dateInPast");
		}
		if (!mappings.exists(person)) {
			throw new InvalidInputException("organisation", "validation.noMapping");
		}
	}

	private void revoke(PersonId person, OrganisationId organisation) {
		grants.delete(person, organisation);
		events.publishEvent(new SharingChanged(person));
	}

	/**
	 * Who shares their skills with which organisations today.
	 * @return the organisations, by person
	 */
	public Map<PersonId, Set<OrganisationId>> skillSharing() {
		return grants.skillSharing();
	}

	/**
	 * The organisations one person shares their skills with today.
	 * @param person the person
	 * @return the organisations
	 */
	public Set<OrganisationId> skillSharing(PersonId person) {
		return grants.skillSharing(person);
	}

	/**
	 * The people who share something with an organisation today.
	 * @param organisation the organisation
	 * @return the people, by pseudonym
	 */
	public List<SharedPerson> sharedWith(OrganisationId organisation) {
		return people.with(organisation);
	}

	/**
	 * Sections a person shares with an organisation today.
	 * @param organisation with whom
	 * @param person who
	 * @return the sections in force
	 */
	public Set<Section> activeSections(OrganisationId organisation, PersonId person) {
		return grants.activeSections(organisation, person);
	}

	/**
	 * A person's mapping as an HR specialist of an organisation may see it; the view is
	 * logged. Empty when the person shares nothing with the organisation (now).
	 * @param organisation for which organisation the viewer looks
	 * @param person whose mapping
	 * @param viewer who looks
	 * @return what may be seen
	 */
	@Transactional
	public Optional<SharedMapping> view(OrganisationId organisation, PersonId person, PersonId viewer) {
		return view(organisation, person, viewer, activeSections(organisation, person));
	}

	/**
	 * A person's mapping limited to sections, the view logged under the organisation.
	 */
	Optional<SharedMapping> view(OrganisationId organisation, PersonId person, PersonId viewer, Set<Section> sections) {
		return views.view(organisation, person, viewer, sections);
	}

	/**
	 * Who has looked at a person's shared mapping.
	 * @param person whose
	 * @return the views, newest first
	 */
	public List<ViewLogEntry> views(PersonId person) {
		return views.views(person);
	}

}
