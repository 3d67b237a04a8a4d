package fi.osaamo.coach.matrix;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fi.osaamo.coach.apprenticeships.SchoolAccess;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schools' message matrices: read for sending, changed by the school's staff, each change
 * a new version made on the version the person saw.
 */
@Service
public class MatrixManagement {

	private final MatrixVersions versions;

	private final SchoolAccess access;

	private final Clock clock;

	MatrixManagement(MatrixVersions versions, SchoolAccess access, Clock clock) {
		this.versions = versions;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * A school's current matrix.
	 * @param school the school
	 * @return its latest version, if it has one
	 */
	@Transactional(readOnly = true)
	public Optional<MessageMatrix> current(OrganisationId school) {
		return this.versions.current(school);
	}

	/**
	 * A version of a school's matrix, as messages sent with it were.
	 * @param school the school
	 * @param version the version
	 * @return the version, if there is one
	 */
	@Transactional(readOnly = true)
	public Optional<MessageMatrix> version(OrganisationId school, int version) {
		return this.versions.version(school, version);
	}

	/**
	 * Gives a school the recommended matrix, unless it has one.
	 * @param school the school
	 * @param staff its staff member
	 * @return the school's matrix
	 */
	@Transactional
	public MessageMatrix startRecommended(OrganisationId school, PersonId staff) {
		this.access.require(staff, school);
		return this.versions.current(school)
			.orElseGet(() -> this.versions.save(school, 0, RecommendedMatrix.queries(), staff, this.clock.instant()));
	}

	/**
	 * Adds a query, or changes the one of its key.
	 * @param school the school
	 * @param staff its staff member
	 * @param basedOn the version the change was made on
	 * @param query the query
	 * @return the new version
	 */
	@Transactional
	public MessageMatrix save(OrganisationId school, PersonId staff, int basedOn, StatusQuery query) {
		this.access.require(staff, school);
		var queries = queriesOf(school);
		var index = indexOf(queries, query.key());
		if (index < 0) {
			queries.add(query);
		}
		else {
			queries.set(index, query);
		}
		return this.versions.save(school, basedOn, queries, staff, this.clock.instant());
	}

	/**
	 * Removes a query; messages already sent keep it.
	 * @param school the school
	 * @param staff its staff member
	 * @param basedOn the version the change was made on
	 * @param key the query's key
	 * @return the new version
	 */
	@Transactional
	public MessageMatrix remove(OrganisationId school, PersonId staff, int basedOn, String key) {
		this.access.require(staff, school);
		var queries = queriesOf(school);
		queries.removeIf(query -> query.key().equals(key));
		return this.versions.save(school, basedOn, queries, staff, this.clock.instant());
	}

	/** The school's current queries, to change. */
	private List<StatusQuery> queriesOf(OrganisationId school) {
		return new ArrayList<>(this.versions.current(school).map(MessageMatrix::queries).orElse(List.of()));
	}

	private static int indexOf(List<StatusQuery> queries, String key) {
		for (int i = 0; i < queries.size(); i++) {
			if (queries.get(i).key().equals(key)) {
				return i;
			}
		}
		return -1;
	}

}
