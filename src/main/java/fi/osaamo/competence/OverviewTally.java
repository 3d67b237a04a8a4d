package fi.osaamo.competence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.osaamo.platform.DisclosureControl;

/**
 * Counts the people who share their skills with a company, and how many have each skill
 * at each level, into an overview whose counts are rounded so that no one stands out.
 */
final class OverviewTally {

	private final DisclosureControl disclosure;

	private final DisclosureControl.Cell people = new DisclosureControl.Cell();

	private final Map<String, DisclosureControl.Cell> totals = new HashMap<>();

	private final Map<String, DisclosureControl.Cell[]> levels = new HashMap<>();

	private final Map<UUID, Double> keys = new HashMap<>();

	OverviewTally(DisclosureControl disclosure) {
		this.disclosure = disclosure;
	}

	/**
	 * Counts a row: a person, with one of their skills and its level or with none.
	 * @param rs the row, with {@code person_id}, {@code skill_uri} and {@code level}
	 * @throws SQLException if the row cannot be read
	 */
	void add(ResultSet rs) throws SQLException {
		var person = rs.getObject("person_id", UUID.class);
		var key = keys.computeIfAbsent(person, this::recordKey);
		var skill = rs.getString("skill_uri");
		if (skill != null) {
			totals.computeIfAbsent(skill, uri -> new DisclosureControl.Cell()).add(key);
			levels.computeIfAbsent(skill, uri -> cells())[rs.getInt("level") - 1].add(key);
		}
	}

	/**
	 * The overview of what was counted.
	 * @param month the month of its release
	 * @return the overview, without rows when there are too few people
	 */
	CompetenceOverview overview(YearMonth month) {
		var rows = rows();
		var enough = people.count() >= CompetenceOverview.MINIMUM;
		return new CompetenceOverview(month, enough ? people.published() : 0, enough,
				enough ? List.copyOf(rows) : List.of());
	}

	private double recordKey(UUID id) {
		var recordKey = disclosure.recordKey(id);
		people.add(recordKey);
		return recordKey;
	}

	private List<CompetenceOverview.Row> rows() {
		var rows = new ArrayList<CompetenceOverview.Row>();
		totals.forEach((skill, total) -> {
			if (total.published() > 0) {
				rows.add(new CompetenceOverview.Row(skill, total.published(), published(skill)));
			}
		});
		rows.sort(Comparator.comparingInt(CompetenceOverview.Row::total)
			.reversed()
			.thenComparing(CompetenceOverview.Row::skillUri));
		return rows;
	}

	private List<Integer> published(String skill) {
		return Arrays.stream(levels.get(skill)).map(DisclosureControl.Cell::published).toList();
	}

	private static DisclosureControl.Cell[] cells() {
		var cells = new DisclosureControl.Cell[5];
		for (int i = 0; i < cells.length; i++) {
			cells[i] = new DisclosureControl.Cell();
		}
		return cells;
	}

}
