package fi.osaamo.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * jte leaves out an attribute whose value is a boolean {@code false} (it treats it as a
 * boolean HTML attribute), so a hidden field holding {@code ${!on}} sent nothing when it
 * should have sent "false": switching an AI feature off, withdrawing interest and
 * removing a star all failed. A boolean that a form must send is written as text.
 */
class TemplateAttributeTests {

	private static final Pattern NEGATED_VALUE = Pattern.compile("value=\"\\$\\{\\s*!");

	@Test
	void formValuesAreNeverBareBooleans() throws IOException {
		var offenders = new ArrayList<String>();
		try (var files = Files.walk(Path.of("src/main/jte"))) {
			for (var file : files.filter(path -> path.toString().endsWith(".jte")).toList()) {
				var lines = Files.readAllLines(file);
				for (int i = 0; i < lines.size(); i++) {
					if (NEGATED_VALUE.matcher(lines.get(i)).find()) {
						offenders.add(file + ":" + (i + 1));
					}
				}
			}
		}
		assertThat(offenders).as("form values written as bare booleans").isEmpty();
	}

}
