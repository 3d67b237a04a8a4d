package fi.osaamo.jobs;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.organisation.Membership;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.InvalidInputException;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Job tasks as JSON, and as schema.org JobPosting JSON-LD.
 */
@RestController
@RequestMapping("/api/v1/jobs")
class JobApiController {

	static final int MAX_PAGE_SIZE = 100;

	private final JobManagement jobs;

	private final JobPostings postings;

	JobApiController(JobManagement jobs, JobPostings postings) {
		this.jobs = jobs;
		this.postings = postings;
	}

	@GetMapping
	Map<String, Object> list(@AuthenticationPrincipal PersonPrincipal user,
			@RequestParam(required = false) @Nullable UUID organisation,
			@RequestParam(required = false) @Nullable JobStatus status, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidInputException("size", "validation.range", 1, MAX_PAGE_SIZE);
		}
		var result = jobs.list(user.personId(), organisation == null ? null : new OrganisationId(organisation), status,
				q, page, size);
		return Map.of("items", result.items().stream().map(JobJson::of).toList(), "page", result.page(), "size",
				result.size(), "total", result.total());
	}

	@GetMapping("/{id}")
	JobJson show(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id) {
		return JobJson.of(jobs.require(new JobId(id), user.personId()));
	}

	@GetMapping(value = "/{id}", produces = JobPostings.JSON_LD)
	ResponseEntity<Map<String, Object>> posting(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id,
			java.util.Locale locale) {
		return ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType(JobPostings.JSON_LD))
			.body(postings.posting(jobs.require(new JobId(id), user.personId()), locale));
	}

	@PostMapping
	ResponseEntity<JobJson> create(@AuthenticationPrincipal PersonPrincipal user, @Valid @RequestBody JobJson body) {
		var organisation = organisation(user, body.organisation());
		var created = jobs.create(user.personId(), organisation, body.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/jobs/" + created.id())).body(JobJson.of(created));
	}

	@PutMapping("/{id}")
	JobJson update(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id,
			@Valid @RequestBody JobJson body) {
		var jobId = new JobId(id);
		var version = body.version() != null ? body.version() : jobs.require(jobId, user.personId()).version();
		return JobJson.of(jobs.update(user.personId(), jobId, body.toDraft(), version));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Map<String, Object>> delete(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id) {
		var closed = jobs.delete(user.personId(), new JobId(id));
		return closed ? ResponseEntity.ok(Map.of("closed", true)) : ResponseEntity.noContent().build();
	}

	/**
	 * The company a new task belongs to: the one named, or the only one where the caller
	 * is an HR specialist.
	 */
	private OrganisationId organisation(PersonPrincipal user, @Nullable String named) {
		if (named != null && !named.isBlank()) {
			return named(named);
		}
		var hr = hrCompanies(user);
		if (hr.size() != 1) {
			throw new InvalidInputException("organisation", "validation.required");
		}
		return hr.get(0).organisationId();
	}

	private List<Membership> hrCompanies(PersonPrincipal user) {
		return jobs.companiesOf(user.personId())
			.stream()
			.filter(company -> jobs.isHr(user.personId(), company.organisationId()))
			.toList();
	}

	private static OrganisationId named(String named) {
		try {
			return new OrganisationId(UUID.fromString(named));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("organisation", "validation.required");
		}
	}

}
