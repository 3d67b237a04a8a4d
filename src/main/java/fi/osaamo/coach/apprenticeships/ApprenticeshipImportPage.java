package fi.osaamo.coach.apprenticeships;

import java.util.List;

import fi.osaamo.coach.ImportReport;
import fi.osaamo.coach.NewApprenticeship;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The import of a school's apprenticeships: the file form, or the preview of a file with
 * the rows it would take and those it would not.
 *
 * @param school the school
 * @param schoolName its name
 * @param report the preview, once a file was read
 * @param file the previewed file, Base64, sent again to confirm
 * @param error why the file could not be read at all
 */
public record ApprenticeshipImportPage(OrganisationId school, String schoolName, @Nullable ImportReport report,
		@Nullable String file, @Nullable InvalidInputException error) {

	public List<String> columns() {
		return NewApprenticeship.COLUMNS;
	}

	public String action() {
		return "/coach/schools/" + this.school + "/import";
	}

	public String listLink() {
		return "/coach/schools/" + this.school + "/apprenticeships";
	}

	/** The message key of a column's explanation. */
	public String columnHint(String column) {
		return "coach.import.column." + column;
	}

	/** The message key of a field's name, for a row's problems. */
	public String fieldName(String field) {
		return "coach.import.field." + field;
	}

}
