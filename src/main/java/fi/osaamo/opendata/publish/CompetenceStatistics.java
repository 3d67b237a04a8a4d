package fi.osaamo.opendata.publish;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.competence.SharingManagement;
import fi.osaamo.platform.DisclosureControl;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Anonymised competence statistics: how many people in a region and an industry (TOL 2008
 * section of their employer) hold each ESCO skill. Only people who share their skills
 * with their employer are counted, each once per cell. Released once a month (on the
 * first request of the month, or at 00:10 on its first day) and unchanged until the next
 * release; every count is randomly rounded to a multiple of five by its cell key
 * ({@link DisclosureControl}), and a cell rounded to zero is not published, so no count
 * points at a person and no comparison of two answers shows one person's change.
 */
@Component
class CompetenceStatistics {

	private final CompetenceManagement competence;

	private final SharingManagement sharing;

	private final EmployerPlaces places;

	private final DisclosureControl disclosure;

	private final ReleaseStore store;

	private final Clock clock;

	private volatile @Nullable Release latest;

	CompetenceStatistics(CompetenceManagement competence, SharingManagement sharing, EmployerPlaces places,
			DisclosureControl disclosure, ReleaseStore store, Clock clock) {
		this.competence = competence;
		this.sharing = sharing;
		this.places = places;
		this.disclosure = disclosure;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * This month's release, made now if it does not exist yet.
	 * @return the release
	 */
	Release current() {
		var month = YearMonth.now(clock);
		var known = latest;
		if (known != null && known.month().equals(month)) {
			return known;
		}
		var release = store.find(month).orElseGet(() -> store.publish(month, compute()));
		latest = release;
		return release;
	}

	@Scheduled(cron = "0 10 0 1 * *")
	void monthly() {
		current();
	}

	/** The cells as they would be released now, rounded. */
	List<Cell> compute() {
		var counts = new CompetenceCounts(sharing.skillSharing(), places, disclosure);
		competence.forEachSkillLevels(counts::add);
		return counts.published();
	}

	/**
	 * One cell of a release.
	 *
	 * @param region the region (maakunta) code
	 * @param industry the TOL 2008 section letter
	 * @param skill the ESCO skill URI
	 * @param people how many people, randomly rounded to a multiple of five (never zero)
	 */
	record Cell(String region, String industry, String skill, int people) {
	}

	/**
	 * A monthly release.
	 *
	 * @param month the month it is for
	 * @param cells its cells, by region, industry and skill
	 */
	record Release(YearMonth month, List<Cell> cells) {
	}

}
