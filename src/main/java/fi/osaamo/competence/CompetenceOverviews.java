package fi.osaamo.competence;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.DisclosureControl;
import org.springframework.jdbc.core.simple.JdbcClient;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.Role;
import fi.osaamo.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The companies' competence overviews, released monthly: made at the month's first
 * request for a company, from the people who share their skills with it on that day, and
 * kept as made (see {@link CompetenceOverview}). Two instances making the same release at
 * once keep the one stored first.
 */
@Service
public class CompetenceOverviews {

	private final JdbcClient jdbc;

	private final DisclosureControl disclosure;

	private final TransactionTemplate transactions;

	private final OrganisationManagement organisations;

	private final Clock clock;

	CompetenceOverviews(JdbcClient jdbc, DisclosureControl disclosure, TransactionTemplate transactions,
			OrganisationManagement organisations, Clock clock) {
		this.jdbc = jdbc;
		this.disclosure = disclosure;
		this.transactions = transactions;
		this.organisations = organisations;
		this.clock = clock;
	}

	/**
	 * The company's competence overview for one of its HR specialists.
	 * @param organisation the company
	 * @param viewer who looks: an HR specialist of the company
	 * @return this month's release
	 */
	public CompetenceOverview forHr(OrganisationId organisation, PersonId viewer) {
		if (!organisations.hasRole(viewer, organisation, Role.HR)) {
			throw new NotFoundException("overview");
		}
		return current(organisation);
	}

	/**
	 * A company's competence overview, for readers the caller has authorised (the growth
	 * team's company page).
	 * @param organisation the company
	 * @return this month's release
	 */
	public CompetenceOverview current(OrganisationId organisation) {
		var month = YearMonth.now(clock);
		return find(organisation, month).orElseGet(() -> {
			store(organisation, month, compute(organisation, month));
			return find(organisation, month).orElseThrow();
		});
	}

	/** The overview as it would be released now. */
	CompetenceOverview compute(OrganisationId organisation, YearMonth month) {
		var people = new DisclosureControl.Cell();
		var totals = new HashMap<String, DisclosureControl.Cell>();
		var levels = new HashMap<String, DisclosureControl.Cell[]>();
		var keys = new HashMap<UUID, Double>();
		jdbc.sql("""
				select g.person_id, s.skill_uri, s.level
				from competence.grant g left join competence.skill s on s.person_id = g.person_id
				where g.organisation_id = :organisation and g.section = 'SKILLS' and g.ended_on is null
				  and (g.expires_on is null or g.expires_on >= :today)
				order by g.person_id""")
			.param("organisation", organisation.value())
			.param("today", Date.valueOf(LocalDate.now(clock)))
			.query(rs -> {
				var person = rs.getObject("person_id", UUID.class);
				var key = keys.computeIfAbsent(person, id -> {
					var recordKey = disclosure.recordKey(id);
					people.add(recordKey);
					return recordKey;
				});
				var skill = rs.getString("skill_uri");
				if (skill != null) {
					totals.computeIfAbsent(skill, uri -> new DisclosureControl.Cell()).add(key);
					levels.computeIfAbsent(skill, uri -> cells())[rs.getInt("level") - 1].add(key);
				}
			});
		var rows = new ArrayList<CompetenceOverview.Row>();
		totals.forEach((skill, total) -> {
			if (total.published() > 0) {
				rows.add(new CompetenceOverview.Row(skill, total.published(),
						Arrays.stream(levels.get(skill)).map(DisclosureControl.Cell::published).toList()));
			}
		});
		rows.sort(Comparator.comparingInt(CompetenceOverview.Row::total)
			.reversed()
			.thenComparing(CompetenceOverview.Row::skillUri));
		var enough = people.count() >= CompetenceOverview.MINIMUM;
		return new CompetenceOverview(month, enough ? people.published() : 0, enough,
				enough ? List.copyOf(rows) : List.of());
	}

	private static DisclosureControl.Cell[] cells() {
		var cells = new DisclosureControl.Cell[5];
		for (int i = 0; i < cells.length; i++) {
			cells[i] = new DisclosureControl.Cell();
		}
		return cells;
	}

	private Optional<CompetenceOverview> find(OrganisationId organisation, YearMonth month) {
		var head = jdbc.sql("""
				select people, enough from competence.overview_release
				where organisation_id = :organisation and month = :month""")
			.param("organisation", organisation.value())
			.param("month", Date.valueOf(month.atDay(1)))
			.query((rs, row) -> Map.entry(rs.getInt("people"), rs.getBoolean("enough")))
			.optional();
		if (head.isEmpty()) {
			return Optional.empty();
		}
		var rows = jdbc.sql("""
				select skill_uri, total, levels from competence.overview_release_row
				where organisation_id = :organisation and month = :month order by total desc, skill_uri""")
			.param("organisation", organisation.value())
			.param("month", Date.valueOf(month.atDay(1)))
			.query((rs, row) -> new CompetenceOverview.Row(rs.getString("skill_uri"), rs.getInt("total"),
					List.of((Integer[]) rs.getArray("levels").getArray())))
			.list();
		return Optional.of(new CompetenceOverview(month, head.get().getKey(), head.get().getValue(), rows));
	}

	private void store(OrganisationId organisation, YearMonth month, CompetenceOverview overview) {
		transactions.executeWithoutResult(status -> {
			var inserted = jdbc.sql("""
					insert into competence.overview_release (organisation_id, month, people, enough)
					values (:organisation, :month, :people, :enough) on conflict do nothing""")
				.param("organisation", organisation.value())
				.param("month", Date.valueOf(month.atDay(1)))
				.param("people", overview.people())
				.param("enough", overview.enough())
				.update();
			if (inserted == 0) {
				return;
			}
			for (var row : overview.rows()) {
				jdbc.sql("""
						insert into competence.overview_release_row (organisation_id, month, skill_uri, total, levels)
						values (:organisation, :month, :skill, :total, :levels)""")
					.param("organisation", organisation.value())
					.param("month", Date.valueOf(month.atDay(1)))
					.param("skill", row.skillUri())
					.param("total", row.total())
					.param("levels", row.levels().toArray(Integer[]::new))
					.update();
			}
		});
	}

}
