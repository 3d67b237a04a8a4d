package fi.osaamo.opendata.publish;

import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import fi.osaamo.opendata.publish.CompetenceStatistics.Cell;
import fi.osaamo.opendata.publish.CompetenceStatistics.Release;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored releases of the competence statistics. Two instances publishing the same
 * month at once keep the one stored first.
 */
@Component
class ReleaseStore {

	private static final String CELLS = """
			select region, industry, skill, people from opendata.competence_release_cell
			where month = :month order by region, industry, skill""";

	private static final String INSERT_CELL = """
			insert into opendata.competence_release_cell (month, region, industry, skill, people)
			values (:month, :region, :industry, :skill, :people)""";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	ReleaseStore(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	Optional<Release> find(YearMonth month) {
		if (!exists(month)) {
			return Optional.empty();
		}
		return Optional.of(new Release(month, cells(month)));
	}

	private boolean exists(YearMonth month) {
		return jdbc.sql("select count(*) from opendata.competence_release where month = :month")
			.param("month", Date.valueOf(month.atDay(1)))
			.query(Integer.class)
			.single() > 0;
	}

	private List<Cell> cells(YearMonth month) {
		return jdbc.sql(CELLS)
			.param("month", Date.valueOf(month.atDay(1)))
			.query((rs, row) -> new Cell(rs.getString("region"), rs.getString("industry"), rs.getString("skill"),
					rs.getInt("people")))
			.list();
	}

	Release publish(YearMonth month, List<Cell> cells) {
		transactions.executeWithoutResult(status -> {
			var inserted = jdbc
				.sql("insert into opendata.competence_release (month) values (:month) on conflict do nothing")
				.param("month", Date.valueOf(month.atDay(1)))
				.update();
			if (inserted > 0) {
				cells.forEach(cell -> insert(month, cell));
			}
		});
		return find(month).orElseThrow();
	}

	private void insert(YearMonth month, Cell cell) {
		jdbc.sql(INSERT_CELL)
			.param("month", Date.valueOf(month.atDay(1)))
			.param("region", cell.region())
			.param("industry", cell.industry())
			.param("skill", cell.skill())
			.param("people", cell.people())
			.update();
	}

}
