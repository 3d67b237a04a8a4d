package fi.osaamo.identity;

/**
 * What any module may know of a person: the id and the pseudonym.
 *
 * @param id the person's id
 * @param pseudonym the generated pseudonym shown in place of the name
 */
public record PersonSummary(PersonId id, String pseudonym) {
}
