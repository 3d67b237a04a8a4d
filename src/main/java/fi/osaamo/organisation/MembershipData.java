package fi.osaamo.organisation;

import java.util.LinkedHashMap;
import java.util.Map;

import fi.osaamo.identity.PersonId;
import fi.osaamo.privacy.PersonalDataHolder;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The organisation module's personal data: a person's roles in organisations. The My data
 * page shows them with the person's work (the account module's part).
 */
@Component
@Order(20)
class MembershipData implements PersonalDataHolder {

	private final OrganisationManagement organisations;

	MembershipData(OrganisationManagement organisations) {
		this.organisations = organisations;
	}

	@Override
	public Map<String, @Nullable Object> export(PersonId person) {
		var data = new LinkedHashMap<String, @Nullable Object>();
		data.put("organisations", organisations.membershipsOf(person));
		return data;
	}

	@Override
	public void forget(PersonId person) {
		organisations.removeAllMemberships(person);
	}

}
