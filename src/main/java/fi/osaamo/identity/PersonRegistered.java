package fi.osaamo.identity;

/**
 * A person was added to the vault.
 *
 * @param person the new person's id and pseudonym
 */
public record PersonRegistered(PersonSummary person) {
}
