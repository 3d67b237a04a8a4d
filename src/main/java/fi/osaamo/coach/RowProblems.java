package fi.osaamo.coach;

import java.util.List;

import fi.osaamo.platform.InvalidInputException;

/**
 * Why a row of an import was not taken.
 *
 * @param line the row's line in the file (1 is the header), or its position in a call
 * @param externalId the row's id as written
 * @param problems each problem, beside its field
 */
public record RowProblems(long line, String externalId, List<InvalidInputException> problems) {
}
