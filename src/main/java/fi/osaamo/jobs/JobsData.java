package fi.osaamo.jobs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.Language;
import fi.osaamo.privacy.MyDataPart;
import fi.osaamo.privacy.PersonalDataHolder;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The jobs module's personal data: the job tasks a person is interested in.
 */
@Component
@Order(70)
class JobsData implements PersonalDataHolder {

	private final JobManagement jobs;

	JobsData(JobManagement jobs) {
		this.jobs = jobs;
	}

	@Override
	public Map<String, @Nullable Object> export(PersonId person) {
		var data = new LinkedHashMap<String, @Nullable Object>();
		data.put("jobTasksOfInterest",
				jobs.interestsOf(person)
					.stream()
					.map(task -> Map.of("id", task.id().toString(), "title", task.title()))
					.toList());
		return data;
	}

	@Override
	public List<MyDataPart> parts(PersonId person, Language language) {
		return List.of(new MyDataPart("jobs", "myData.part.jobs", "jobs/myDataInterests.jte",
				jobs.interestsOf(person).stream().map(JobTask::title).toList()));
	}

	@Override
	public void forget(PersonId person) {
		jobs.forget(person);
	}

}
