package fi.osaamo.opendata.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fi.osaamo.competence.SkillLevels;
import fi.osaamo.identity.PersonId;
import fi.osaamo.opendata.publish.CompetenceStatistics.Cell;
import fi.osaamo.opendata.publish.EmployerPlaces.Place;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.DisclosureControl;
import org.jspecify.annotations.Nullable;

/**
 * Counts the cells of one release: each person once per region, industry and skill of the
 * employers they share their skills with, rounded by the person's record key.
 */
final class CompetenceCounts {

	private final Map<PersonId, Set<OrganisationId>> shares;

	private final EmployerPlaces employers;

	private final DisclosureControl disclosure;

	private final Map<OrganisationId, @Nullable Place> places = new HashMap<>();

	private final Map<Key, DisclosureControl.Cell> cells = new HashMap<>();

	CompetenceCounts(Map<PersonId, Set<OrganisationId>> shares, EmployerPlaces employers,
			DisclosureControl disclosure) {
		this.shares = shares;
		this.employers = employers;
		this.disclosure = disclosure;
	}

	void add(SkillLevels levels) {
		var keys = new HashSet<Key>();
		for (var organisation : shares.getOrDefault(levels.person(), Set.of())) {
			var place = places.computeIfAbsent(organisation, employers::place);
			if (place != null) {
				levels.skills().forEach(skill -> keys.add(new Key(place.region(), place.section(), skill)));
			}
		}
		var recordKey = keys.isEmpty() ? 0 : disclosure.recordKey(levels.person().value());
		keys.forEach(key -> cells.computeIfAbsent(key, any -> new DisclosureControl.Cell()).add(recordKey));
	}

	/** The cells rounded to more than zero, by region, industry and skill. */
	List<Cell> published() {
		var published = new ArrayList<Cell>();
		cells.forEach((key, cell) -> {
			if (cell.published() > 0) {
				published.add(new Cell(key.region(), key.section(), key.skill(), cell.published()));
			}
		});
		published.sort(Comparator.comparing(Cell::region).thenComparing(Cell::industry).thenComparing(Cell::skill));
		return List.copyOf(published);
	}

	private record Key(String region, String section, String skill) {
	}

}
