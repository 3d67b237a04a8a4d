package fi.osaamo.opendata.publish;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import fi.osaamo.jobs.JobId;
import fi.osaamo.jobs.JobManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Open job tasks as the open API publishes them: the jobs module's JobPostings, with the
 * hiring company's website and postal address where it published them in the trade
 * register.
 */
@Component
class OpenJobs {

	private final JobManagement jobs;

	private final OpenContacts data;

	OpenJobs(JobManagement jobs, OpenContacts data) {
		this.jobs = jobs;
		this.data = data;
	}

	List<Map<String, Object>> after(@Nullable UUID after, @Nullable Collection<String> municipalities, int limit,
			Locale locale) {
		return withContacts(jobs.openPostings(after, municipalities, limit, locale));
	}

	Optional<Map<String, Object>> find(UUID id, Locale locale) {
		return jobs.openPosting(new JobId(id), locale).map(posting -> withContacts(List.of(posting)).get(0));
	}

	private List<Map<String, Object>> withContacts(List<Map<String, Object>> postings) {
		var contacts = data.contacts(postings.stream().map(OpenJobs::businessId).filter(Objects::nonNull).toList());
		return postings.stream().map(posting -> withContact(posting, contacts.get(businessId(posting)))).toList();
	}

	private static Map<String, Object> withContact(Map<String, Object> posting, @Nullable Map<String, Object> contact) {
		if (contact == null) {
			return posting;
		}
		var hiring = new LinkedHashMap<String, Object>(map(posting.get("hiringOrganization")));
		hiring.putAll(contact);
		var enriched = new LinkedHashMap<>(posting);
		enriched.put("hiringOrganization", hiring);
		return enriched;
	}

	private static @Nullable String businessId(Map<String, Object> posting) {
		var identifier = map(map(posting.get("hiringOrganization")).get("identifier"));
		return identifier.get("value") instanceof String value ? value : null;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(@Nullable Object value) {
		return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
	}

}
