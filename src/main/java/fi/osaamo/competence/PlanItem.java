package fi.osaamo.competence;

import java.util.UUID;

/**
 * A study in a person's development plan.
 *
 * @param studyId the study
 * @param title its title
 * @param provider who offers it
 * @param status planned, in progress or completed
 */
public record PlanItem(UUID studyId, String title, String provider, PlanStatus status) {
}
