package fi.osaamo.organisation;

import java.net.URI;

import fi.osaamo.identity.PersonPrincipal;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations")
class OrganisationApiController {

	private final OrganisationManagement organisations;

	private final OrganisationAccess access;

	OrganisationApiController(OrganisationManagement organisations, OrganisationAccess access) {
		this.organisations = organisations;
		this.access = access;
	}

	@GetMapping("/{id}")
	OrganisationJson show(@AuthenticationPrincipal PersonPrincipal user, @PathVariable OrganisationId id) {
		access.requireMember(user, id);
		return OrganisationJson.of(organisations.require(id));
	}

	@PostMapping
	ResponseEntity<OrganisationJson> create(@AuthenticationPrincipal PersonPrincipal user,
			@Valid @RequestBody OrganisationForm form) {
		access.requirePlatformAdmin(user);
		var created = organisations.create(form.toNewOrganisation());
		return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id()))
			.body(OrganisationJson.of(created));
	}

}
