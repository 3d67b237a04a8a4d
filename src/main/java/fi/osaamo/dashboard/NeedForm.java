package fi.osaamo.dashboard;

import fi.osaamo.companies.NeedKind;
import fi.osaamo.companies.NewNeed;
import fi.osaamo.companies.Urgency;
import org.jspecify.annotations.Nullable;

/**
 * The form that charts a need; kept as typed when the save is refused.
 *
 * @param kind what kind
 * @param description what is needed
 * @param urgency how soon
 */
public record NeedForm(@Nullable NeedKind kind, @Nullable String description, @Nullable Urgency urgency) {

	static NeedForm empty() {
		return new NeedForm(null, "", Urgency.MEDIUM);
	}

	NewNeed toNewNeed() {
		return new NewNeed(kind, description, urgency);
	}

	public NeedKind[] kinds() {
		return NeedKind.values();
	}

	public Urgency[] urgencies() {
		return Urgency.values();
	}

}
