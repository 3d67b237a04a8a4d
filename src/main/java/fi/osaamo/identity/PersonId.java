package fi.osaamo.identity;

import java.io.Serializable;
import java.util.UUID;

/**
 * The opaque identifier of a person, the only way other modules refer to one.
 *
 * @param value the identifier
 */
public record PersonId(UUID value) implements Serializable {

	public static PersonId of(String value) {
		return new PersonId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
