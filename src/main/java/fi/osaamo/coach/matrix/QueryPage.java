package fi.osaamo.coach.matrix;

import java.util.List;

import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The editor of one status query of a school's matrix.
 *
 * @param school the school
 * @param schoolName its name
 * @param form the query as typed
 * @param error what is wrong with it, after a rejected save
 */
public record QueryPage(OrganisationId school, String schoolName, QueryForm form,
		@Nullable InvalidInputException error) {

	public String matrixLink() {
		return "/coach/schools/" + this.school + "/matrix";
	}

	public List<Integer> rows() {
		return java.util.stream.IntStream.range(0, QueryForm.ROWS).boxed().toList();
	}

	public List<Topic> topics() {
		return List.of(Topic.values());
	}

	public List<HandlerRole> handlers() {
		return List.of(HandlerRole.values());
	}

	/** Whether a field has a problem. */
	public boolean invalid(String field) {
		return this.error != null && this.error.on(field).isPresent();
	}

}
