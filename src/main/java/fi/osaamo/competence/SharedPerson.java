package fi.osaamo.competence;

import java.time.LocalDate;
import java.util.List;

import fi.osaamo.identity.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * A person who shares parts of their mapping with an organisation.
 *
 * @param person who
 * @param pseudonym their pseudonym
 * @param sections what they share now
 * @param expiresOn the earliest expiry among the shared sections, if any
 */
public record SharedPerson(PersonId person, String pseudonym, List<Section> sections, @Nullable LocalDate expiresOn) {
}
