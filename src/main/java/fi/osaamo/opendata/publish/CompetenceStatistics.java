package fi.osaamo.opendata.publish;

import java.sql.Date;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.competence.SharingManagement;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.platform.DisclosureControl;
import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

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

	private final OrganisationManagement organisations;

	private final ClassificationManagement classifications;

	private final DisclosureControl disclosure;

	private final ReleaseStore store;

	private final Clock clock;

	private volatile @Nullable Release latest;

	CompetenceStatistics(CompetenceManagement competence, SharingManagement sharing,
			OrganisationManagement organisations, ClassificationManagement classifications,
			DisclosureControl disclosure, ReleaseStore store, Clock clock) {
		this.competence = competence;
		this.sharing = sharing;
		this.organisations = organisations;
		this.classifications = classifications;
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
		var shares = sharing.skillSharing();
		var places = new HashMap<OrganisationId, @Nullable Place>();
		var cells = new HashMap<Key, DisclosureControl.Cell>();
		competence.forEachSkillLevels(levels -> {
			var keys = new HashSet<Key>();
			for (var organisation : shares.getOrDefault(levels.person(), Set.of())) {
				var place = places.computeIfAbsent(organisation, this::place);
				if (place != null) {
					levels.skills().forEach(skill -> keys.add(new Key(place.region(), place.section(), skill)));
				}
			}
			var recordKey = keys.isEmpty() ? 0 : disclosure.recordKey(levels.person().value());
			keys.forEach(key -> cells.computeIfAbsent(key, any -> new DisclosureControl.Cell()).add(recordKey));
		});
		var published = new ArrayList<Cell>();
		cells.forEach((key, cell) -> {
			if (cell.published() > 0) {
				published.add(new Cell(key.region(), key.section(), key.skill(), cell.published()));
			}
		});
		published.sort(Comparator.comparing(Cell::region).thenComparing(Cell::industry).thenComparing(Cell::skill));
		return List.copyOf(published);
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

	private record Key(String region, String section, String skill) {
	}

	private record Place(String region, String section) {
	}

	/**
	 * The stored releases. Two instances publishing the same month at once keep the one
	 * stored first.
	 */
	@Component
	static class ReleaseStore {

		private final JdbcClient jdbc;

		private final TransactionTemplate transactions;

		ReleaseStore(JdbcClient jdbc, TransactionTemplate transactions) {
			this.jdbc = jdbc;
			this.transactions = transactions;
		}

		java.util.Optional<Release> find(YearMonth month) {
			var exists = jdbc.sql("select count(*) from opendata.competence_release where month = :month")
				.param("month", Date.valueOf(month.atDay(1)))
				.query(Integer.class)
				.single() > 0;
			if (!exists) {
				return java.util.Optional.empty();
			}
			var cells = jdbc.sql("""
					select region, industry, skill, people from opendata.competence_release_cell
					where month = :month order by region, industry, skill""")
				.param("month", Date.valueOf(month.atDay(1)))
				.query((rs, row) -> new Cell(rs.getString("region"), rs.getString("industry"), rs.getString("skill"),
						rs.getInt("people")))
				.list();
			return java.util.Optional.of(new Release(month, cells));
		}

		Release publish(YearMonth month, List<Cell> cells) {
			transactions.executeWithoutResult(status -> {
				var inserted = jdbc
					.sql("insert into opendata.competence_release (month) values (:month) on conflict do nothing")
					.param("month", Date.valueOf(month.atDay(1)))
					.update();
				if (inserted == 0) {
					return;
				}
				for (var cell : cells) {
					jdbc.sql("""
							insert into opendata.competence_release_cell (month, region, industry, skill, people)
							values (:month, :region, :industry, :skill, :people)""")
						.param("month", Date.valueOf(month.atDay(1)))
						.param("region", cell.region())
						.param("industry", cell.industry())
						.param("skill", cell.skill())
						.param("people", cell.people())
						.update();
				}
			});
			return find(month).orElseThrow();
		}

	}

}
