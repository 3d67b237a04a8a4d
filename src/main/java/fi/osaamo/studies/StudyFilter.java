package fi.osaamo.studies;

import java.util.Collection;

import fi.osaamo.platform.LikePatterns;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * The words and filters every search of studies shares, bound to its statements.
 *
 * @param query words in the title, provider or description
 * @param skills skills named by the same words, whose studies count as found too
 * @param type only this type, or all
 * @param language only this teaching language, or all
 */
record StudyFilter(String query, Collection<String> skills, @Nullable StudyType type, @Nullable String language) {

	String trimmed() {
		return query.strip();
	}

	StatementSpec bind(StatementSpec sql) {
		return sql.param("type", type == null ? null : type.name())
			.param("language", language)
			.param("query", trimmed())
			.param("pattern", LikePatterns.containing(trimmed()))
			.param("skills", skills.toArray(String[]::new));
	}

}
