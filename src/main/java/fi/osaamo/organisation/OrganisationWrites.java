package fi.osaamo.organisation;

import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the organisation table's rows: new organisations and their brand colours.
 */
@Component
class OrganisationWrites {

	private static final String INSERT = """
			insert into organisation.organisation (id, type, name, business_id, municipality_code, industry_code)
			values (:id, :type, :name, :businessId, :municipality, :industry)""";

	private static final String UPDATE_COLOUR = """
			update organisation.organisation set primary_colour = :colour, version = version + 1
			where id = :id and version = :version""";

	private final JdbcClient jdbc;

	OrganisationWrites(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a new organisation, refusing a business ID that another one has. */
	void insert(OrganisationId id, NewOrganisation organisation, String name) {
		try {
			store(id, organisation, name);
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("businessId", "validation.businessId.taken");
		}
	}

	private void store(OrganisationId id, NewOrganisation organisation, String name) {
		jdbc.sql(INSERT)
			.param("id", id.value())
			.param("type", organisation.type().name())
			.param("name", name)
			.param("businessId", organisation.businessId() == null ? null : organisation.businessId().value())
			.param("municipality", organisation.municipalityCode())
			.param("industry", organisation.industryCode())
			.update();
	}

	/**
	 * Changes the colour if the version is still the one seen; the number of rows
	 * changed.
	 */
	int updateColour(OrganisationId organisation, @Nullable String colour, int version) {
		return jdbc.sql(UPDATE_COLOUR)
			.param("colour", colour)
			.param("id", organisation.value())
			.param("version", version)
			.update();
	}

}
