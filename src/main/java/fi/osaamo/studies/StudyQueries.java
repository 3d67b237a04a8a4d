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
 * The SQL that finds studies for {@link StudyManagement}: by id, by words and filters, by
 * the skills they teach and in id order for the open-data API, each read with the skills
 * it teaches that are not hidden.
 */
@Component
class StudyQueries {

	private static final String COLUMNS = """
			s.id, s.provider, s.title, s.description, s.type, s.language, s.municipality_code, s.online, s.start_date,
			s.end_date, s.duration_hours, s.cost_eur, s.url, s.local_note,
			array(select k.skill_uri from studies.skill k where k.study_id = s.id and not k.hidden order by k.skill_uri) as skills""";

	private final JdbcClient jdbc;

	StudyQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Study> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from studies.study s where s.id = :id")
			.param("id", id)
			.query(StudyQueries::study)
			.optional();
	}

	/**
	 * Studies by type, language and words, those starting soonest first.
	 * @param query words in the title, provider or description, typing errors and other
	 * word forms forgiven
	 * @param skills skills named by the same words, whose studies count as found too
	 * @param type only this type, or all
	 * @param language only this teaching language, or all
	 * @param page the page, from 0
	 * @param size the page size
	 * @return the page
	 */
	StudyPage list(String query, Collection<String> skills, @Nullable StudyType type, @Nullable String language,
			int page, int size) {
		var where = """
				from studies.study s where (cast(:type as varchar) is null or s.type = :type)
				and (cast(:language as varchar) is null or s.language = :language)
				and (:query = '' or s.title ilike :pattern or s.provider ilike :pattern
				     or coalesce(s.description, '') ilike :pattern or public.osaamo_fold(:query) <% s.search_text
				     or exists (select 1 from studies.skill k where k.study_id = s.id and not k.hidden
				                and k.skill_uri = any(:skills)))""";
		var trimmed = query.strip();
		var pattern = LikePatterns.containing(trimmed);
		var total = jdbc.sql("select count(*)" + where)
			.param("type", type == null ? null : type.name())
			.param("language", language)
			.param("query", trimmed)
			.param("pattern", pattern)
			.param("skills", skills.toArray(String[]::new))
			.query(Long.class)
			.single();
		var items = jdbc
			.sql("select " + COLUMNS + " " + where + " order by " + (trimmed.isEmpty() ? ""
					: "s.title ilike :pattern desc, exists (select 1 from studies.skill k where k.study_id = s.id"
							+ " and not k.hidden and k.skill_uri = any(:skills)) desc,"
							+ " word_similarity(public.osaamo_fold(:query), s.search_text) desc, ")
					+ "s.start_date nulls last, s.title, s.id limit :size offset :offset")
			.param("type", type == null ? null : type.name())
			.param("language", language)
			.param("query", trimmed)
			.param("pattern", pattern)
			.param("skills", skills.toArray(String[]::new))
			.param("size", size)
			.param("offset", (long) Math.max(0, page) * size)
			.query(StudyQueries::study)
			.list();
		return new StudyPage(items, Math.max(0, page), size, total);
	}

	/**
	 * Studies starting on or after a day, found by words or by the skills they teach,
	 * with filters; those teaching a named skill count as found by the words too.
	 * @param query words in the title, provider or description
	 * @param skills skills named by the same words, or none
	 * @param type only this type, or all
	 * @param language only this teaching language, or all
	 * @param month only studies starting in this month, or all
	 * @param from the first start day (today for "starting")
	 * @param byTitle order by title instead of start date
	 * @param page the page, from 0
	 * @param size the page size
	 * @return the page
	 */
	StudyPage starting(String query, Collection<String> skills, @Nullable StudyType type, @Nullable String language,
			@Nullable YearMonth month, LocalDate from, boolean byTitle, int page, int size) {
		var where = " " + """
				from studies.study s where (cast(:type as varchar) is null or s.type = :type)
				and (cast(:language as varchar) is null or s.language = :language)
				and (s.start_date is null or s.start_date >= :from)
				and (cast(:monthStart as date) is null or (s.start_date >= cast(:monthStart as date)
				     and s.start_date < cast(:monthEnd as date)))
				and (:query = '' or s.title ilike :pattern or s.provider ilike :pattern
				     or coalesce(s.description, '') ilike :pattern or public.osaamo_fold(:query) <% s.search_text
				     or exists (select 1 from studies.skill k where k.study_id = s.id and not k.hidden
				                and k.skill_uri = any(:skills)))""";
		var trimmed = query.strip();
		var pattern = LikePatterns.containing(trimmed);
		var monthStart = month == null ? null : Date.valueOf(month.atDay(1));
		var monthEnd = month == null ? null : Date.valueOf(month.plusMonths(1).atDay(1));
		UnaryOperator<StatementSpec> bind = sql -> sql.param("type", type == null ? null : type.name())
			.param("language", language)
			.param("from", Date.valueOf(from))
			.param("monthStart", monthStart)
			.param("monthEnd", monthEnd)
			.param("query", trimmed)
			.param("pattern", pattern)
			.param("skills", skills.toArray(String[]::new));
		var total = bind.apply(jdbc.sql("select count(*)" + where)).query(Long.class).single();
		var items = bind
			.apply(jdbc.sql("select " + COLUMNS + where
					+ (byTitle ? " order by s.title, s.id" : " order by s.start_date nulls last, s.title, s.id")
					+ " limit :size offset :offset"))
			.param("size", size)
			.param("offset", (long) Math.max(0, page) * size)
			.query(StudyQueries::study)
			.list();
		return new StudyPage(items, Math.max(0, page), size, total);
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
		return jdbc
			.sql("select " + COLUMNS
					+ """
							, (select count(*) from studies.skill k where k.study_id = s.id and not k.hidden and k.skill_uri = any(:skills)) as covered
							from studies.study s
							where exists (select 1 from studies.skill k where k.study_id = s.id and not k.hidden and k.skill_uri = any(:skills))
							  and (s.start_date is null or s.start_date >= current_date - 30)
							order by covered desc,
							  case when cast(:end as date) is not null and s.end_date is not null and s.end_date <= cast(:end as date) then 0 else 1 end,
							  s.duration_hours nulls last, s.cost_eur nulls last, s.id
							limit :limit""")
			.param("skills", skills.toArray(String[]::new))
			.param("end", endBefore == null ? null : Date.valueOf(endBefore))
			.param("limit", limit)
			.query(StudyQueries::study)
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
			.sql("select " + COLUMNS
					+ " from studies.study s where (cast(:after as uuid) is null or s.id > cast(:after as uuid))"
					+ " and (not :filtered or s.municipality_code = any(:municipalities)) order by s.id limit :limit")
			.param("after", after)
			.param("filtered", municipalities != null)
			.param("municipalities", municipalities == null ? new String[0] : municipalities.toArray(String[]::new))
			.param("limit", limit)
			.query(StudyQueries::study)
			.list();
	}

	private static Study study(ResultSet rs, int row) throws SQLException {
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
