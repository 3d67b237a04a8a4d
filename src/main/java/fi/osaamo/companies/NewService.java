package fi.osaamo.companies;

import org.jspecify.annotations.Nullable;

/**
 * A service to add to the catalogue.
 *
 * @param name its name
 * @param kind its kind
 * @param provider who provides it
 * @param description what it offers
 * @param contact whom to contact
 */
public record NewService(@Nullable String name, @Nullable ServiceKind kind, @Nullable String provider,
		@Nullable String description, @Nullable String contact) {
}
