package fi.osaamo.content;

import fi.osaamo.organisation.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * Whom a writer may write for.
 *
 * @param organisation the organisation, or none for the whole region
 * @param name the organisation's name, or none for the whole region
 */
public record Audience(@Nullable OrganisationId organisation, @Nullable String name) {
}
