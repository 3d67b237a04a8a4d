package fi.osaamo.studies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/** How a study is read from its table: the columns selected and the row they make. */
final class StudyRows {

	static final String COLUMNS = """
			s.id, s.provider, s.title, s.description, s.type, s.language, s.municipality_code, s.online, s.start_date,
			s.end_date, s.duration_hours, s.cost_eur, s.url, s.local_note,
			array(select k.skill_uri from studies.skill k where k.study_id = s.id and not k.hidden order by k.skill_uri) as skills""";

	private StudyRows() {
	}

	static Study study(ResultSet rs, int row) throws SQLException {
		var start = rs.getDate("start_date");
		var end = rs.getDate("end_date");
		return new Study(rs.getObject("id", UUID.class), rs.getString("provider"), rs.getString("title"),
				rs.getString("description"), StudyType.valueOf(rs.getString("type")), rs.getString("language"),
				rs.getString("municipality_code"), rs.getBoolean("online"), start == null ? null : start.toLocalDate(),
				end == null ? null : end.toLocalDate(), rs.getObject("duration_hours", Integer.class),
				rs.getBigDecimal("cost_eur"), rs.getString("url"), List.of((String[]) rs.getArray("skills").getArray()),
				rs.getString("local_note"));
	}

}
