package fi.osaamo.dashboard;

import java.util.Map;

import fi.osaamo.competence.ContactRequest;
import fi.osaamo.competence.SharedMapping;
import fi.osaamo.identity.PersonalData;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.taxonomy.ConceptRef;
import org.jspecify.annotations.Nullable;

/**
 * A talent's details for the growth team, within what the talent opened to the city.
 *
 * @param mapping what may be seen
 * @param labels skill labels by URI
 * @param request the viewer's latest contact request to the talent
 * @param contact the talent's contact details, if they approved the viewer's request
 * @param message the contact form's message as typed
 * @param error what was wrong with the last request
 * @param sent whether a request was sent just now
 * @param star the favourite star
 */
public record TalentPage(SharedMapping mapping, Map<String, ConceptRef> labels, @Nullable ContactRequest request,
		@Nullable PersonalData contact, String message, @Nullable InvalidInputException error, boolean sent,
		StarButton star) {

	public String label(String uri) {
		var concept = labels.get(uri);
		return concept == null ? uri : concept.label().text();
	}

	public boolean canAsk() {
		return request == null || request.status() == ContactRequest.Status.DECLINED;
	}

}
