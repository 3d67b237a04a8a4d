package fi.osaamo.messaging.sms;

import java.time.Instant;
import java.util.List;

import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The page of a message's personal link: the message, the answers given on it and the
 * form for another. It names no person and no number.
 *
 * @param token the link's token, the page's only key
 * @param text the message without its link
 * @param sentAt when it was sent
 * @param answers the latest answers given on this link, oldest first
 * @param answerCount how many answers were given on it in all
 * @param answer the answer being typed, kept when refused
 * @param error why it was refused
 * @param canStop whether messages to the number can be stopped here (the number is known)
 * @param stopped whether they are stopped already
 */
public record MessageLinkPage(String token, String text, Instant sentAt, List<Answer> answers, int answerCount,
		String answer, @Nullable InvalidInputException error, boolean canStop, boolean stopped) {

	/** The most characters an answer may have. */
	public static final int MAX_ANSWER = MessageLinks.MAX_ANSWER;

	public MessageLinkPage {
		answers = List.copyOf(answers);
	}

	/**
	 * An answer given on the link.
	 *
	 * @param text what was answered
	 * @param at when
	 */
	public record Answer(String text, Instant at) {
	}

	/** The page's address. */
	public String link() {
		return "/m/" + this.token;
	}

	/**
	 * The address of one of its actions.
	 * @param action {@code answer} or {@code stop}
	 */
	public String action(String action) {
		return link() + "/" + action;
	}

	public boolean errorOn(String field) {
		return this.error != null && this.error.on(field).isPresent();
	}

}
