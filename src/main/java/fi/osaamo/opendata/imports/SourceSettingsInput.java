package fi.osaamo.opendata.imports;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.support.CronExpression;

/**
 * Checks what an administrator typed into a source's settings: the municipality codes,
 * the schedule and the address.
 */
public final class SourceSettingsInput {

	private static final Pattern MUNICIPALITY = Pattern.compile("\\d{3}");

	private SourceSettingsInput() {
	}

	/**
	 * Reads a list of municipality codes as typed: separated by commas or spaces.
	 * @param text the codes
	 * @return the codes
	 */
	public static Set<String> codes(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Set.of();
		}
		var codes = Arrays.stream(text.split("[,\\s]+"))
			.map(String::strip)
			.filter(code -> !code.isEmpty())
			.collect(Collectors.toCollection(LinkedHashSet::new));
		codes.forEach(SourceSettingsInput::checkCode);
		return codes;
	}

	private static void checkCode(String code) {
		if (!MUNICIPALITY.matcher(code).matches()) {
			throw new InvalidInputException("municipalities", "validation.municipalityCode", code);
		}
	}

	static void validate(SourceSettings changed) {
		if (changed.cron() != null && !CronExpression.isValidExpression(changed.cron())) {
			throw new InvalidInputException("cron", "validation.cron", changed.cron());
		}
		if (changed.scheduled() && changed.cron() == null) {
			throw new InvalidInputException("cron", "validation.required");
		}
		if (changed.baseUrl() != null && !changed.baseUrl().matches("https?://\\S{1,490}")) {
			throw new InvalidInputException("baseUrl", "validation.url");
		}
	}

}
