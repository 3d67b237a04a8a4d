package fi.osaamo.coach.matrix;

import org.jspecify.annotations.Nullable;

/**
 * An answer a status query offers: the apprentice replies with its number (or its
 * keyword), and the answer means all is fine or a need for help on a topic, which goes to
 * a handler.
 *
 * @param number what the apprentice replies, 1 to 9
 * @param label what the number means, shown in the query
 * @param needsHelp whether this answer asks for help
 * @param topic what the help is about, when it does
 * @param handler who handles it first, when it does
 */
public record AnswerOption(int number, Texts label, boolean needsHelp, @Nullable Topic topic,
		@Nullable HandlerRole handler) {
}
