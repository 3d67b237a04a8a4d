package fi.osaamo.coach;

import java.util.List;

import fi.osaamo.coach.apprenticeships.ApprenticeshipImport;
import fi.osaamo.coach.matrix.MatrixManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask of the apprenticeship coach.
 */
@Service
public class CoachManagement {

	private final ApprenticeshipImport imports;

	private final MatrixManagement matrices;

	private final JdbcClient jdbc;

	CoachManagement(ApprenticeshipImport imports, MatrixManagement matrices, JdbcClient jdbc) {
		this.imports = imports;
		this.matrices = matrices;
		this.jdbc = jdbc;
	}

	/**
	 * Gives a school the recommended message matrix, unless it has one.
	 * @param school the school
	 * @param staff its staff member
	 */
	public void startRecommendedMatrix(OrganisationId school, PersonId staff) {
		this.matrices.startRecommended(school, staff);
	}

	/**
	 * Whether a school has imported any apprenticeships.
	 * @param school the school
	 * @return true if it has
	 */
	public boolean hasApprenticeships(OrganisationId school) {
		return this.jdbc.sql("select exists (select 1 from coach.apprenticeship where school_id = :school)")
			.param("school", school.value())
			.query(Boolean.class)
			.single();
	}

	/**
	 * Imports a school's apprenticeships, as its staff member would: rows that pass are
	 * written, rows that do not are explained.
	 * @param school the school
	 * @param importer a staff member of the school
	 * @param rows the rows
	 * @return what was done
	 */
	public ImportReport importApprenticeships(OrganisationId school, PersonId importer, List<ImportRow> rows) {
		return this.imports.save(school, importer, rows);
	}

}
