package fi.osaamo.competence;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The form that adds or changes a skill; kept as typed when the save is refused.
 *
 * @param q what the user typed to find the skill
 * @param uri the ESCO skill chosen
 * @param level the level 1–5
 * @param provenance where the skill comes from
 * @param reference a reference that backs it
 * @param evidenceDate when it was acquired
 * @param strength whether it is a strength
 * @param version the mapping's version the user saw
 */
public record SkillForm(@Nullable String q, @Nullable String uri, @Nullable Integer level,
		@Nullable Provenance provenance, @Nullable String reference, @Nullable LocalDate evidenceDate,
		@Nullable Boolean strength, @Nullable Integer version) {

	SkillForm withVersion(int current) {
		return new SkillForm(q, uri, level, provenance, reference, evidenceDate, strength, current);
	}

	static SkillForm empty(int version) {
		return new SkillForm("", "", null, Provenance.WORK, "", null, false, version);
	}

	static SkillForm of(SkillClaim claim, int version) {
		return new SkillForm("", claim.skillUri(), claim.level(), claim.provenance(), claim.reference(),
				claim.evidenceDate(), claim.strength(), version);
	}

	SkillClaim toClaim() {
		return new SkillClaim(uri == null ? "" : uri, level == null ? 0 : level,
				provenance == null ? Provenance.OTHER : provenance, reference, evidenceDate, isStrength());
	}

	public boolean isStrength() {
		return Boolean.TRUE.equals(strength);
	}

	/**
	 * The version the user saw; a form without one is treated as stale.
	 * @return the version
	 */
	public int versionSeen() {
		return version == null ? -1 : version;
	}

	public String evidenceDateValue() {
		return evidenceDate == null ? "" : evidenceDate.toString();
	}

	public boolean hasLevel(int candidate) {
		return level != null && level == candidate;
	}

}
