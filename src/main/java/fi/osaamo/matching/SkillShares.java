package fi.osaamo.matching;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.osaamo.competence.CityOptIns;
import fi.osaamo.competence.SharingManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * Whom people share their skills with as the matching index keeps it, read at one time:
 * their employers' grants, and the city they are visible to (for the growth team's
 * candidates).
 *
 * @param grants the organisations each person grants their skills to
 * @param visible the city each person is visible to
 */
record SkillShares(Map<PersonId, Set<OrganisationId>> grants, Map<PersonId, OrganisationId> visible) {

	/**
	 * Everyone's shares as they stand.
	 * @param sharing the employers' grants
	 * @param cities the cities' opt-ins
	 * @return the shares
	 */
	static SkillShares read(SharingManagement sharing, CityOptIns cities) {
		var grants = sharing.skillSharing();
		return new SkillShares(grants, cities.visibleCities());
	}

	/** Everyone who shares with somebody. */
	Set<PersonId> people() {
		var people = new HashSet<PersonId>(grants.keySet());
		people.addAll(visible.keySet());
		return people;
	}

	Set<UUID> of(PersonId person) {
		return of(grants.getOrDefault(person, Set.of()), visible.get(person));
	}

	static Set<UUID> of(Set<OrganisationId> organisations, @Nullable OrganisationId city) {
		var shares = organisations.stream().map(OrganisationId::value).collect(Collectors.toSet());
		if (city != null) {
			shares.add(city.value());
		}
		return shares;
	}

}
