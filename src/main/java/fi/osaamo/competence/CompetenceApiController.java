package fi.osaamo.competence;

import java.time.LocalDate;
import java.util.List;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.InvalidInputException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in person's own mapping as JSON.
 */
@RestController
@RequestMapping("/api/v1/me/competence")
class CompetenceApiController {

	private final CompetenceManagement competence;

	CompetenceApiController(CompetenceManagement competence) {
		this.competence = competence;
	}

	@GetMapping
	MappingJson mapping(@AuthenticationPrincipal PersonPrincipal user) {
		return competence.mapping(user.personId())
			.map(MappingJson::of)
			.orElse(new MappingJson(List.of(), List.of(), null, 0, false));
	}

	@PutMapping
	MappingJson replace(@AuthenticationPrincipal PersonPrincipal user, @Valid @RequestBody MappingJson body) {
		if (body.version() == null) {
			throw new InvalidInputException("version", "validation.required");
		}
		competence.replace(user.personId(), body.skills().stream().map(SkillJson::toClaim).toList(),
				body.targets().stream().map(target -> new Target(target.uri(), target.level())).toList(),
				body.summary(), body.version());
		return mapping(user);
	}

	/**
	 * A mapping.
	 *
	 * @param skills the skills
	 * @param targets the development targets
	 * @param summary the summary
	 * @param version the version to send back with a change
	 * @param started whether the mapping exists
	 */
	record MappingJson(@NotNull @Size(max = CompetenceManagement.MAX_SKILLS) @Valid List<SkillJson> skills,
			@NotNull @Valid List<TargetJson> targets,
			@Size(max = CompetenceManagement.MAX_SUMMARY) @Nullable String summary, @Nullable Integer version,
			@Nullable Boolean started) {

		MappingJson {
			skills = skills == null ? List.of() : skills;
			targets = targets == null ? List.of() : targets;
		}

		static MappingJson of(Mapping mapping) {
			return new MappingJson(mapping.skills().stream().map(SkillJson::of).toList(),
					mapping.targets()
						.stream()
						.map(target -> new TargetJson(target.skillUri(), target.level()))
						.toList(),
					mapping.summary(), mapping.version(), true);
		}

	}

	/**
	 * A skill in a mapping.
	 *
	 * @param uri the ESCO skill URI
	 * @param level 1–5
	 * @param provenance WORK, EDUCATION, CREDENTIAL or OTHER
	 * @param strength whether it is a strength
	 * @param reference a reference that backs it
	 * @param evidenceDate when it was acquired
	 */
	record SkillJson(@NotBlank @Size(max = 255) String uri, @NotNull @Min(1) @Max(5) Integer level,
			@Nullable Provenance provenance, @Nullable Boolean strength,
			@Size(max = CompetenceManagement.MAX_REFERENCE) @Nullable String reference,
			@Nullable LocalDate evidenceDate) {

		static SkillJson of(SkillClaim claim) {
			return new SkillJson(claim.skillUri(), claim.level(), claim.provenance(), claim.strength(),
					claim.reference(), claim.evidenceDate());
		}

		SkillClaim toClaim() {
			return new SkillClaim(uri, level, provenance == null ? Provenance.OTHER : provenance, reference,
					evidenceDate, Boolean.TRUE.equals(strength));
		}

	}

	/**
	 * A development target.
	 *
	 * @param uri the ESCO skill URI
	 * @param level the level aimed at, 1–5
	 */
	record TargetJson(@NotBlank @Size(max = 255) String uri, @NotNull @Min(1) @Max(5) Integer level) {
	}

}
