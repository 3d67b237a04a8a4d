package fi.osaamo.competence;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A skill as a person claims it.
 *
 * @param skillUri the ESCO skill
 * @param level proficiency 1–5
 * @param provenance where it comes from
 * @param reference a certificate, course or workplace that backs it, if any
 * @param evidenceDate when it was acquired or shown, if known
 * @param strength whether the person counts it among their strengths
 */
public record SkillClaim(String skillUri, int level, Provenance provenance, @Nullable String reference,
		@Nullable LocalDate evidenceDate, boolean strength) {
}
