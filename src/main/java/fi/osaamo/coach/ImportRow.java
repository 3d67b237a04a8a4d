package fi.osaamo.coach;

/**
 * A row of an import and where it stood.
 *
 * @param line its line in the file (the header is line 1), or its position in a call
 * @param apprenticeship the row
 */
public record ImportRow(long line, NewApprenticeship apprenticeship) {
}
