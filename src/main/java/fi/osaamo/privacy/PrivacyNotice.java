package fi.osaamo.privacy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One version of the privacy notice in one language.
 *
 * @param version its version number
 * @param title its title
 * @param body its text, paragraphs separated by blank lines
 * @param publishedAt when the version was published
 */
public record PrivacyNotice(int version, String title, String body, Instant publishedAt) {

	public List<String> paragraphs() {
		return Arrays.stream(body.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}

}
