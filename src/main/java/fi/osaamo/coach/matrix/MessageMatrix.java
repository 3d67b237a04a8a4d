package fi.osaamo.coach.matrix;

import java.util.List;
import java.util.Optional;

/**
 * A version of a school's message matrix.
 *
 * @param version its number, from 1
 * @param queries its status queries
 */
public record MessageMatrix(int version, List<StatusQuery> queries) {

	/**
	 * A query by its key.
	 * @param key the key
	 * @return the query, if the matrix has it
	 */
	public Optional<StatusQuery> find(String key) {
		return this.queries.stream().filter(query -> query.key().equals(key)).findFirst();
	}

}
