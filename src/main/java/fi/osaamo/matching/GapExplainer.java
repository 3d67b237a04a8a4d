package fi.osaamo.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import fi.osaamo.jobs.Importance;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts a comparison into words for whoever reads it, in their language: the person
 * compared reads "you", HR and the growth team read "the candidate".
 */
@Component
public class GapExplainer {

	private final MessageSource messages;

	GapExplainer(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The comparison in words, the summary first.
	 * @param gap the comparison
	 * @param voice who reads it
	 * @param locale their language
	 * @return the lines
	 */
	public List<String> lines(Gap gap, Voice voice, Locale locale) {
		var lines = new ArrayList<String>();
		lines.add(summary(gap.score(), gap.matched().size(), gap.required(), voice, locale));
		for (var item : gap.partial()) {
			lines.add(partial(item, voice, locale));
		}
		for (var importance : Importance.values()) {
			missing(gap, importance, voice, locale).ifPresent(lines::add);
		}
		occupation(gap.occupation(), voice, locale).ifPresent(lines::add);
		return lines;
	}

	/** How many of the occupation's essential skills the person has, if one is named. */
	private Optional<String> occupation(Gap.Occupation occupation, Voice voice, Locale locale) {
		if (occupation.skills() <= 0) {
			return Optional.empty();
		}
		return Optional.of(text("gap.occupation", voice, locale, occupation.shared(), occupation.skills(),
				Math.round(occupation.points() * 10) / 10.0));
	}

	/** A skill at a lower level, or met by a related skill. */
	private String partial(GapItem item, Voice voice, Locale locale) {
		if (item.via() != null) {
			return text("gap.related", voice, locale, item.label(), item.via(),
					messages.getMessage("relation." + item.relation(), null, locale), item.contribution());
		}
		return text("gap.partial", voice, locale, item.label(), item.level(), item.required());
	}

	/** The skills of one importance lacking, if any. */
	private Optional<String> missing(Gap gap, Importance importance, Voice voice, Locale locale) {
		var lacking = gap.missing().stream().filter(item -> item.importance() == importance).toList();
		if (lacking.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(text(importance == Importance.MUST ? "gap.missingMust" : "gap.missingNice", voice, locale,
				lacking.stream().map(GapItem::label).collect(Collectors.joining(", "))));
	}

	/**
	 * The one-line summary of a comparison.
	 * @param score the score
	 * @param matched how many required skills are met
	 * @param required how many are required
	 * @param voice who reads it
	 * @param locale their language
	 * @return the line
	 */
	public String summary(int score, int matched, int required, Voice voice, Locale locale) {
		return text("gap.summary", voice, locale, score, matched, required);
	}

	/**
	 * How the score is counted.
	 * @param locale the reader's language
	 * @return the text
	 */
	public String method(Locale locale) {
		return messages.getMessage("gap.method", null, locale);
	}

	private String text(String key, Voice voice, Locale locale, Object... arguments) {
		return messages.getMessage(voice == Voice.PERSON ? key : key + ".other", arguments, locale);
	}

	/** Who reads an explanation. */
	public enum Voice {

		/** The person compared: "you meet". */
		PERSON,
		/** HR or the growth team: "the candidate meets". */
		OTHERS

	}

}
