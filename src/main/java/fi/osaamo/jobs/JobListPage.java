package fi.osaamo.jobs;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import fi.osaamo.organisation.Membership;
import org.jspecify.annotations.Nullable;

/**
 * The job tasks page.
 *
 * @param jobs the page of tasks
 * @param query the search words
 * @param status the status filter
 * @param hrCompanies the companies where the viewer may post tasks
 * @param companies names of the viewer's companies
 */
public record JobListPage(JobPage jobs, String query, @Nullable JobStatus status, List<Membership> hrCompanies,
		List<Membership> companies) {

	public JobStatus[] statuses() {
		return JobStatus.values();
	}

	public String companyName(JobTask task) {
		return companies.stream()
			.filter(company -> company.organisationId().equals(task.organisation()))
			.map(Membership::organisationName)
			.findFirst()
			.orElse("");
	}

	public String pageLink(int page) {
		return "/jobs?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
				+ (status == null ? "" : "&status=" + status) + "&page=" + page;
	}

}
