package fi.osaamo.studies;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;

/** The SQL that searches studies by words and filters, a page at a time. */
@Component
class StudySearch {

	/** The conditions every search starts with: type and language. */
	private static final String TYPE_AND_LANGUAGE = """
			from studies.study s where (cast(:type as varchar) is null or s.type = :type)
			and (cast(:language as varchar) is null or s.language = :language)
			""";

	/** The conditions of studies starting from a day, in a month if one is given. */
	private static final String FROM_DAY_AND_MONTH = """
			and (s.start_date is null or s.start_date >= :from)
			and (cast(:monthStart as date) is null or (s.start_date >= cast(:monthStart as date)
			     and s.start_date < cast(:monthEnd as date)))
			""";

	/** The words, found in the texts or naming a skill the study teaches. */
	private static final String WORDS = """
			and (:query = '' or s.title ilike :pattern or s.provider ilike :pattern
			     or coalesce(s.description, '') ilike :pattern or public.osaamo_fold(:query) <% s.search_text
			     or exists (select 1 from studies.skill k where k.study_id = s.id and not k.hidden
			                and k.skill_uri = any(:skills)))""";

	private static final String LIST_WHERE = TYPE_AND_LANGUAGE + WORDS;

	private static final String STARTING_WHERE = " " + TYPE_AND_LANGUAGE + FROM_DAY_AND_MONTH + WORDS;

	private static final String RELEVANCE = "s.title ilike :pattern desc, exists (select 1 from studies.skill k"
			+ " where k.study_id = s.id and not k.hidden and k.skill_uri = any(:skills)) desc,"
			+ " word_similarity(public.osaamo_fold(:query), s.search_text) desc, ";

	private final JdbcClient jdbc;

	StudySearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Studies by type, language and words, those starting soonest first.
	 * @param filter the words and filters
	 * @param page the page, from 0
	 * @param size the page size
	 * @return the page
	 */
	StudyPage list(StudyFilter filter, int page, int size) {
		var total = filter.bind(jdbc.sql("select count(*)" + LIST_WHERE)).query(Long.class).single();
		var items = filter.bind(jdbc.sql("select " + StudyRows.COLUMNS + " " + LIST_WHERE + " order by "
				+ (filter.trimmed().isEmpty() ? "" : RELEVANCE)
				+ "s.start_date nulls last, s.title, s.id limit :size offset :offset"));
		return page(items, total, page, size);
	}

	/**
	 * Studies starting on or after a day, found by words or by the skills they teach,
	 * with filters; those teaching a named skill count as found by the words too.
	 * @param filter the words and filters
	 * @param month only studies starting in this month, or all
	 * @param from the first start day (today for "starting")
	 * @param byTitle order by title instead of start date
	 * @param page the page, from 0
	 * @param size the page size
	 * @return the page
	 */
	StudyPage starting(StudyFilter filter, @Nullable YearMonth month, LocalDate from, boolean byTitle, int page,
			int size) {
		var total = starting(filter, month, from, "select count(*)" + STARTING_WHERE).query(Long.class).single();
		var items = starting(filter, month, from,
				"select " + StudyRows.COLUMNS + STARTING_WHERE
						+ (byTitle ? " order by s.title, s.id" : " order by s.start_date nulls last, s.title, s.id")
						+ " limit :size offset :offset");
		return page(items, total, page, size);
	}

	private StatementSpec starting(StudyFilter filter, @Nullable YearMonth month, LocalDate from, String sql) {
		return filter.bind(jdbc.sql(sql))
			.param("from", Date.valueOf(from))
			.param("monthStart", month == null ? null : Date.valueOf(month.atDay(1)))
			.param("monthEnd", month == null ? null : Date.valueOf(month.plusMonths(1).atDay(1)));
	}

	private static StudyPage page(StatementSpec items, long total, int page, int size) {
		var studies = items.param("size", size)
			.param("offset", (long) Math.max(0, page) * size)
			.query(StudyRows::study)
			.list();
		return new StudyPage(studies, Math.max(0, page), size, total);
	}

}
