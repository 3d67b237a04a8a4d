package fi.osaamo.coach.followup;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import fi.osaamo.coach.matrix.AnswerOption;
import fi.osaamo.coach.matrix.MatrixManagement;
import fi.osaamo.messaging.SmsReceived;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Reads the replies in apprenticeships' conversations: each is kept, linked to the status
 * query it answers (the latest sent before it), and read against that query's options as
 * they were in the version it was sent with. A reply is read by the first number in it
 * ("3", "3.", "vastaus 3"); a reply with no number of the query's options is unclear.
 */
@Component
class AnswerReader {

	private static final String CONVERSATION = "apprenticeship:";

	private static final Pattern NUMBER = Pattern.compile("(?<!\\d)([1-9])(?!\\d)");

	private final Answers answers;

	private final MatrixManagement matrices;

	AnswerReader(Answers answers, MatrixManagement matrices) {
		this.answers = answers;
		this.matrices = matrices;
	}

	@ApplicationModuleListener
	void on(SmsReceived received) {
		if (!received.conversation().startsWith(CONVERSATION)) {
			return;
		}
		var apprenticeship = UUID.fromString(received.conversation().substring(CONVERSATION.length()));
		var reply = new Answers.Reply(received.reply(), apprenticeship, received.sender(), received.channel().name(),
				received.text(), received.receivedAt());
		var answered = this.answers.answered(apprenticeship, received.sender(), received.receivedAt());
		var option = answered.flatMap(message -> option(message, received.text()));
		this.answers.keep(reply, answered.map(Answers.Answered::id).orElse(null), option.orElse(null));
	}

	private Optional<AnswerOption> option(Answers.Answered message, String text) {
		var number = NUMBER.matcher(text);
		if (!number.find()) {
			return Optional.empty();
		}
		int chosen = Integer.parseInt(number.group(1));
		return this.matrices.version(message.school(), message.version())
			.flatMap(matrix -> matrix.find(message.query()))
			.flatMap(query -> query.options().stream().filter(option -> option.number() == chosen).findFirst());
	}

}
