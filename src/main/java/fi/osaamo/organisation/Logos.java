package fi.osaamo.organisation;

import java.util.Optional;

import fi.osaamo.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations' logos: each kept as a PNG that {@link LogoImage} made of the upload.
 */
@Component
class Logos {

	private final JdbcClient jdbc;

	Logos(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Replaces an organisation's logo with an upload, when the upload is an image Osaamo
	 * takes.
	 * @param organisation the organisation
	 * @param upload the uploaded file
	 */
	@Transactional
	void change(OrganisationId organisation, byte[] upload) {
		store(organisation, LogoImage.toPng(upload), LogoImage.CONTENT_TYPE);
	}

	/**
	 * Removes an organisation's logo; its members see Osaamo's own again.
	 * @param organisation the organisation
	 */
	@Transactional
	void remove(OrganisationId organisation) {
		store(organisation, null, null);
	}

	Optional<Logo> find(OrganisationId organisation) {
		return jdbc
			.sql("select logo, logo_content_type from organisation.organisation where id = :id and logo is not null")
			.param("id", organisation.value())
			.query((rs, row) -> new Logo(rs.getBytes("logo"), rs.getString("logo_content_type")))
			.optional();
	}

	private void store(OrganisationId organisation, byte @Nullable [] png, @Nullable String contentType) {
		var updated = jdbc.sql("""
				update organisation.organisation set logo = :logo, logo_content_type = :type, version = version + 1
				where id = :id""")
			.param("logo", png)
			.param("type", contentType)
			.param("id", organisation.value())
			.update();
		if (updated == 0) {
			throw new NotFoundException("organisation " + organisation);
		}
	}

	/**
	 * A logo as it is served.
	 *
	 * @param bytes the image
	 * @param contentType its media type
	 */
	record Logo(byte[] bytes, String contentType) {
	}

}
