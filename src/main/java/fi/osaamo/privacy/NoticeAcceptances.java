package fi.osaamo.privacy;

import java.util.LinkedHashMap;
import java.util.Map;

import fi.osaamo.identity.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The privacy notices a person accepted, as personal data of this module: in the download
 * after their work and organisations, shown on My data with their personal data, deleted
 * with the account.
 */
@Component
@Order(30)
class NoticeAcceptances implements PersonalDataHolder {

	private final PrivacyManagement privacy;

	NoticeAcceptances(PrivacyManagement privacy) {
		this.privacy = privacy;
	}

	@Override
	public Map<String, @Nullable Object> export(PersonId person) {
		var data = new LinkedHashMap<String, @Nullable Object>();
		data.put("privacyNoticeAcceptances", privacy.acceptances(person));
		return data;
	}

	@Override
	public void forget(PersonId person) {
		privacy.forget(person);
	}

}
