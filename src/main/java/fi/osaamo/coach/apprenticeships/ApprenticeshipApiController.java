package fi.osaamo.coach.apprenticeships;

import java.net.URI;
import java.util.List;
import java.util.Map;

import fi.osaamo.coach.ImportRow;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The student system's way in: it puts each apprenticeship under its own id, as often as
 * it likes; the same checks as the file import apply.
 */
@RestController
@Tag(name = "Apprenticeship coach")
class ApprenticeshipApiController {

	private final SchoolAccess access;

	private final ApprenticeshipImport imports;

	ApprenticeshipApiController(SchoolAccess access, ApprenticeshipImport imports) {
		this.access = access;
		this.imports = imports;
	}

	@PutMapping("/api/v1/coach/apprenticeships/{externalId}")
	@Operation(summary = "Create or update an apprenticeship under the student system's id",
			description = "Idempotent: the same body twice leaves one apprenticeship. The school is the caller's, "
					+ "or the one named by the school parameter when the caller is staff of several. "
					+ "Answers 201 for a new apprenticeship, 200 for an update, 400 with every problem beside its field.")
	ResponseEntity<Map<String, Object>> put(@AuthenticationPrincipal PersonPrincipal user,
			@PathVariable String externalId, @RequestParam(required = false) @Nullable OrganisationId school,
			@RequestBody ApprenticeshipJson body) {
		var chosen = school(user, school);
		var report = this.imports.save(chosen, user.personId(), List.of(new ImportRow(1, body.toRow(externalId))));
		if (!report.rejected().isEmpty()) {
			var problems = new FormProblems();
			report.rejected().get(0).problems().forEach(problems::add);
			problems.throwIfAny();
		}
		var answer = Map.<String, Object>of("externalId", externalId, "school", chosen.value().toString(), "created",
				report.created() == 1);
		return report.created() == 1
				? ResponseEntity.created(URI.create("/coach/schools/" + chosen + "/apprenticeships")).body(answer)
				: ResponseEntity.ok(answer);
	}

	private OrganisationId school(PersonPrincipal user, @Nullable OrganisationId school) {
		if (school != null) {
			this.access.require(user.personId(), school);
			return school;
		}
		var schools = this.access.schoolsOf(user.personId());
		if (schools.isEmpty()) {
			throw new NotFoundException("school");
		}
		if (schools.size() > 1) {
			throw new InvalidInputException("school", "coach.api.chooseSchool");
		}
		return schools.get(0).organisationId();
	}

}
