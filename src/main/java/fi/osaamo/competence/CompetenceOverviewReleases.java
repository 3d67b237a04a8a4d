package fi.osaamo.competence;

import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fi.osaamo.organisation.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the competence overviews as released and reads them back; the release stored
 * first for a month is the one kept.
 */
@Repository
class CompetenceOverviewReleases {

	private static final String HEAD = """
			select people, enough from competence.overview_release
			where organisation_id = :organisation and month = :month""";

	private static final String ROWS = """
			select skill_uri, total, levels from competence.overview_release_row
			where organisation_id = :organisation and month = :month order by total desc, skill_uri""";

	private static final String INSERT_HEAD = """
			insert into competence.overview_release (organisation_id, month, people, enough)
			values (:organisation, :month, :people, :enough) on conflict do nothing""";

	private static final String INSERT_ROW = """
			insert into competence.overview_release_row (organisation_id, month, skill_uri, total, levels)
			values (:organisation, :month, :skill, :total, :levels)""";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	CompetenceOverviewReleases(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	Optional<CompetenceOverview> find(OrganisationId organisation, YearMonth month) {
		var head = jdbc.sql(HEAD)
			.param("organisation", organisation.value())
			.param("month", Date.valueOf(month.atDay(1)))
			.query((rs, row) -> Map.entry(rs.getInt("people"), rs.getBoolean("enough")))
			.optional();
		if (head.isEmpty()) {
			return Optional.empty();
		}
		return Optional
			.of(new CompetenceOverview(month, head.get().getKey(), head.get().getValue(), rows(organisation, month)));
	}

	private List<CompetenceOverview.Row> rows(OrganisationId organisation, YearMonth month) {
		return jdbc.sql(ROWS)
			.param("organisation", organisation.value())
			.param("month", Date.valueOf(month.atDay(1)))
			.query((rs, row) -> new CompetenceOverview.Row(rs.getString("skill_uri"), rs.getInt("total"),
					List.of((Integer[]) rs.getArray("levels").getArray())))
			.list();
	}

	void store(OrganisationId organisation, YearMonth month, CompetenceOverview overview) {
		transactions.executeWithoutResult(status -> {
			if (insertHead(organisation, month, overview) == 0) {
				return;
			}
			for (var row : overview.rows()) {
				insertRow(organisation, month, row);
			}
		});
	}

	private int insertHead(OrganisationId organisation, YearMonth month, CompetenceOverview overview) {
		return jdbc.sql(INSERT_HEAD)
			.param("organisation", organisation.value())
			.param("month", Date.valueOf(month.atDay(1)))
			.param("people", overview.people())
			.param("enough", overview.enough())
			.update();
	}

	private void insertRow(OrganisationId organisation, YearMonth month, CompetenceOverview.Row row) {
		jdbc.sql(INSERT_ROW)
			.param("organisation", organisation.value())
			.param("month", Date.valueOf(month.atDay(1)))
			.param("skill", row.skillUri())
			.param("total", row.total())
			.param("levels", row.levels().toArray(Integer[]::new))
			.update();
	}

}
