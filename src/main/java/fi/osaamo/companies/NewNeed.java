package fi.osaamo.companies;

import org.jspecify.annotations.Nullable;

/**
 * A need to chart.
 *
 * @param kind competence, workforce, development or technology
 * @param description what is needed
 * @param urgency how soon
 */
public record NewNeed(@Nullable NeedKind kind, @Nullable String description, @Nullable Urgency urgency) {
}
