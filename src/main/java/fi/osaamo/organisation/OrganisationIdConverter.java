package fi.osaamo.organisation;

import java.util.UUID;

import fi.osaamo.platform.NotFoundException;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

@Component
class OrganisationIdConverter implements Converter<String, OrganisationId> {

	@Override
	public OrganisationId convert(String source) {
		try {
			return new OrganisationId(UUID.fromString(source));
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("organisation " + source);
		}
	}

}
