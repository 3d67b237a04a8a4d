package fi.osaamo.studies;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import fi.osaamo.platform.LikePatterns;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;

/**
 * The SQL that finds studies for {@link StudyManagement} other than by words: by id, by
 * the skills they teach and in id order for the open-data API, each read with the skills
 * it teaches that are not hidden.
 */
@Component
class StudyQueries {

	private static final String TEACHING = """
			, (select count(*) from studies.skill k where k.study_id = s.id and not k.hidden and k.skill_uri = any(:skills)) as covered
			from studies.study s
			where exists (select 1 from studies.skill k where k.study_id = s.id and not k.hidden and k.skill_uri = any(:skills))
			  and (s.start_date is null or s.start_date >= current_date - 30)
			order by covered desc,
			  case when cast(:end as date) is not null and s.end_date is not null and s.end_date <= cast(:end as date) then 0 else 1 end,
			  s.duration_hours nulls last, s.cost_eur nulls last, s.id
			limit :limit""";

	private final JdbcClient jdbc;

	StudyQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long count() {
		return jdbc.sql("select count(*) from studies.study").query(Long.class).single();
	}

	Optional<Study> find(UUID id) {
		return jdbc.sql("select " + StudyRows.COLUMNS + " from studies.study s where s.id = :id")
			.param("id", id)
			.query(StudyRows::study)
			.optional();
	}

	/**
	 * Studies that teach any of the skills: those teaching more of them first, then those
	 * ending before the date, then the shortest and cheapest.
	 * @param skills the skills wanted
	 * @param endBefore the date by which a study should end, if any
	 * @param limit how many at most
	 * @return the studies
	 */
	List<Study> teaching(Collection<String> skills, @Nullable LocalDate endBefore, int limit) {
		if (skills.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + StudyRows.COLUMNS + TEACHING)
			.param("skills", skills.toArray(String[]::new))
			.param("end", endBefore == null ? null : Date.valueOf(endBefore))
			.param("limit", limit)
			.query(StudyRows::study)
			.list();
	}

	/**
	 * Studies in id order after a cursor, for the public open-data API.
	 * @param after the last id of the previous page, or {@code null} for the first
	 * @param municipalities only studies taught in these municipalities (Statistics
	 * Finland codes), or {@code null} for all
	 * @param limit how many
	 * @return the studies
	 */
	List<Study> after(@Nullable UUID after, @Nullable Collection<String> municipalities, int limit) {
		return jdbc
			.sql("select " + StudyRows.COLUMNS
					+ " from studies.study s where (cast(:after as uuid) is null or s.id > cast(:after as uuid))"
					+ " and (not :filtered or s.municipality_code = any(:municipalities)) order by s.id limit :limit")
			.param("after", after)
			.param("filtered", municipalities != null)
			.param("municipalities", municipalities == null ? new String[0] : municipalities.toArray(String[]::new))
			.param("limit", limit)
			.query(StudyRows::study)
			.list();
	}

}
