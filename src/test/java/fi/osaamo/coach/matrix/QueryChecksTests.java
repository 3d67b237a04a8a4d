package fi.osaamo.coach.matrix;

import java.util.List;

import fi.osaamo.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading a query typed in the editor.
 */
class QueryChecksTests {

	@Test
	void aQueryKeepsItsKeyAndAForeignKeyStartsANewQuery() {
		assertThat(QueryChecks.read(form("status")).key()).isEqualTo("status");
		assertThat(QueryChecks.read(form("\"><script>x</script>")).key()).matches("q-[0-9a-f]{8}");
	}

	@Test
	void anAnswerThatNeedsHelpNeedsATopicAndAHandler() {
		var form = form("status");
		var noHandler = new QueryForm(form.key(), form.version(), form.anchor(), form.days(), form.everyDays(),
				form.textFi(), form.textSv(), form.textEn(), form.number(), form.labelFi(), form.labelSv(),
				form.labelEn(), List.of("FINE", "NEEDS_HELP"), List.of("", ""), List.of("", ""));
		assertThatThrownBy(() -> QueryChecks.read(noHandler)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.all()).extracting(InvalidInputException::field)
					.containsExactlyInAnyOrder("topic-1", "handler-1"));
	}

	private static QueryForm form(String key) {
		return new QueryForm(key, 1, "START", "14", "14", "Miten menee?", "Hur går det?", "How is it going?",
				List.of("1", "2"), List.of("Hyvin", "Huonosti"), List.of("Bra", "Dåligt"), List.of("Well", "Badly"),
				List.of("FINE", "NEEDS_HELP"), List.of("", "TASKS"), List.of("", "INSTRUCTOR"));
	}

}
