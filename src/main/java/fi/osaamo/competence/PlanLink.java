package fi.osaamo.competence;

import java.util.UUID;

/**
 * A plan item a dialogue was about: {@code STUDY} or {@code JOB}, its id and title.
 */
record PlanLink(String kind, UUID ref, String title) {
}
