package fi.osaamo.opendata.publish;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.competence.SharingManagement;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Anonymised competence statistics: how many people in a region and an industry (TOL 2008
 * section of their employer) hold each ESCO skill. Only people who share their skills
 * with their employer are counted, each once per cell; cells under five people are
 * suppressed, so no count ever points at a person. Computed at most every ten minutes.
 */
@Component
class CompetenceStatistics {

	static final int THRESHOLD = 5;

	private static final Duration FRESH = Duration.ofMinutes(10);

	private final CompetenceManagement competence;

	private final SharingManagement sharing;

	private final OrganisationManagement organisations;

	private final ClassificationManagement classifications;

	private final Clock clock;

	private volatile @Nullable Snapshot snapshot;

	CompetenceStatistics(CompetenceManagement competence, SharingManagement sharing,
			OrganisationManagement organisations, ClassificationManagement classifications, Clock clock) {
		this.competence = competence;
		this.sharing = sharing;
		this.organisations = organisations;
		this.classifications = classifications;
		this.clock = clock;
	}

	List<Cell> cells() {
		var current = snapshot;
		var now = clock.instant();
		if (current == null || current.at().plus(FRESH).isBefore(now)) {
			current = new Snapshot(now, compute());
			snapshot = current;
		}
		return current.cells();
	}

	private List<Cell> compute() {
		var shares = sharing.skillSharing();
		var places = new HashMap<OrganisationId, @Nullable Place>();
		var counts = new HashMap<Key, Integer>();
		competence.forEachSkillLevels(levels -> {
			var cells = new java.util.HashSet<Key>();
			for (var organisation : shares.getOrDefault(levels.person(), java.util.Set.of())) {
				var place = places.computeIfAbsent(organisation, this::place);
				if (place == null) {
					continue;
				}
				for (var skill : levels.skills()) {
					cells.add(new Key(place.region(), place.section(), skill));
				}
			}
			cells.forEach(key -> counts.merge(key, 1, Integer::sum));
		});
		var cells = new ArrayList<Cell>();
		counts.forEach((key, people) -> cells.add(new Cell(key.region(), key.section(), key.skill(),
				people >= THRESHOLD ? people : null, people < THRESHOLD)));
		cells.sort(
				java.util.Comparator.comparing(Cell::region).thenComparing(Cell::industry).thenComparing(Cell::skill));
		return List.copyOf(cells);
	}

	private @Nullable Place place(OrganisationId id) {
		var organisation = organisations.find(id).orElse(null);
		if (organisation == null || organisation.type() != OrganisationType.COMPANY) {
			return null;
		}
		var region = classifications.municipality(organisation.municipalityCode(), Language.FI)
			.map(code -> code.parent())
			.orElse(null);
		var industry = classifications.industry(organisation.industryCode(), Language.FI).orElse(null);
		if (region == null || industry == null) {
			return null;
		}
		var section = industry.level() == 1 ? industry.code() : Objects.requireNonNullElse(industry.parent(), "?");
		return new Place(region, section);
	}

	/**
	 * One cell of the statistics.
	 *
	 * @param region the region (maakunta) code
	 * @param industry the TOL 2008 section letter
	 * @param skill the ESCO skill URI
	 * @param people how many people, or {@code null} when suppressed
	 * @param suppressed whether the count is under five and so withheld
	 */
	record Cell(String region, String industry, String skill, @Nullable Integer people, boolean suppressed) {
	}

	private record Key(String region, String section, String skill) {
	}

	private record Place(String region, String section) {
	}

	private record Snapshot(Instant at, List<Cell> cells) {
	}

}
