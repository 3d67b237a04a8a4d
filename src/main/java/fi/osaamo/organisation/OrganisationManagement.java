package fi.osaamo.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations' API: creating them, their memberships and roles, and their branding.
 */
@Service
public class OrganisationManagement {

	private final OrganisationQueries queries;

	private final OrganisationWrites writes;

	private final OrganisationChecks checks;

	private final OrganisationMemberships memberships;

	private final OrganisationMembers members;

	OrganisationManagement(OrganisationQueries queries, OrganisationWrites writes, OrganisationChecks checks,
			OrganisationMemberships memberships, OrganisationMembers members) {
		this.queries = queries;
		this.writes = writes;
		this.checks = checks;
		this.memberships = memberships;
		this.members = members;
	}

	/**
	 * Creates an organisation after checking its fields.
	 * @param organisation what to create
	 * @return the created organisation
	 */
	@Transactional
	public Organisation create(NewOrganisation organisation) {
		var name = checks.checked(organisation);
		var id = new OrganisationId(UUID.randomUUID());
		writes.insert(id, organisation, name);
		return require(id);
	}

	public Optional<Organisation> find(OrganisationId id) {
		return queries.find(id);
	}

	public Organisation require(OrganisationId id) {
		return find(id).orElseThrow(() -> new NotFoundException("organisation " + id));
	}

	public Optional<Organisation> findByBusinessId(BusinessId businessId) {
		return queries.findByBusinessId(businessId);
	}

	/**
	 * The organisations of some business IDs, in one query.
	 * @param businessIds the business IDs
	 * @return the organisation of each ID that has one
	 */
	public Map<String, OrganisationId> idsByBusinessId(Collection<String> businessIds) {
		return queries.idsByBusinessId(businessIds);
	}

	/**
	 * Organisations by name, a page at a time.
	 * @param query part of the name, or empty for all
	 * @param type only this kind, or all kinds
	 * @param page the page, from 0
	 * @param size the page size
	 * @return the page
	 */
	public OrganisationPage list(String query, @Nullable OrganisationType type, int page, int size) {
		return queries.list(query, type, page, size);
	}

	public long count() {
		return queries.count();
	}

	/**
	 * Gives a person a role in an organisation. The role must fit the organisation's kind
	 * ({@link OrganisationType#allows(Role)}). People join organisations they did not
	 * create by accepting an invitation; this is how an accepted invitation, the demo
	 * region and the operator's own set-up grant roles.
	 * @param organisation the organisation
	 * @param person the person
	 * @param role the role
	 */
	@Transactional
	public void addMember(OrganisationId organisation, PersonId person, Role role) {
		memberships.add(require(organisation), person, role);
	}

	/**
	 * Takes a role away. A manager cannot take away their own administrator role, so that
	 * no organisation is left without one by accident.
	 * @param organisation the organisation
	 * @param person whose role
	 * @param role the role
	 * @param actor who does it
	 */
	@Transactional
	public void removeMember(OrganisationId organisation, PersonId person, Role role, PersonId actor) {
		memberships.remove(organisation, person, role, actor);
	}

	@Transactional
	public void removeAllMemberships(PersonId person) {
		memberships.removeAll(person);
	}

	public List<Membership> membershipsOf(PersonId person) {
		return memberships.of(person);
	}

	/**
	 * The members of an organisation: staff by their work names, employees by pseudonym.
	 * @param organisation the organisation
	 * @return its members and their roles
	 */
	public List<Member> members(OrganisationId organisation) {
		return members.members(organisation);
	}

	/**
	 * Who holds a role in an organisation.
	 * @param organisation the organisation
	 * @param role the role
	 * @return the people
	 */
	public Set<PersonId> memberIds(OrganisationId organisation, Role role) {
		return memberships.ids(organisation, role);
	}

	/**
	 * Whether a person holds any of the roles in the organisation.
	 * @param person the person
	 * @param organisation the organisation
	 * @param roles the roles; none means any role
	 * @return whether they do
	 */
	public boolean hasRole(PersonId person, OrganisationId organisation, Role... roles) {
		return memberships.hasRole(person, organisation, roles);
	}

	public boolean isPlatformAdmin(PersonId person) {
		return membershipsOf(person).stream().anyMatch(Membership::isPlatformAdmin);
	}

	/**
	 * Changes an organisation's brand colour, refusing one that white text cannot be read
	 * on.
	 * @param organisation the organisation
	 * @param colour the colour as {@code #rrggbb}, or empty to use Osaamo's own
	 * @param version the version the editor saw
	 */
	@Transactional
	public void changeColour(OrganisationId organisation, @Nullable String colour, int version) {
		var updated = writes.updateColour(organisation, OrganisationChecks.checkedColour(colour), version);
		if (updated == 0) {
			require(organisation);
			throw new InvalidInputException("version", "validation.staleVersion");
		}
	}

	/**
	 * The first company, city or school of a person that has a brand colour or logo.
	 * @param person the person
	 * @return that organisation
	 */
	public Optional<Organisation> brandedOrganisationOf(PersonId person) {
		return queries.brandedOrganisationOf(person);
	}

}
