package fi.osaamo.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * A talent search as asked; absent parameters read as empty, the level as 3.
 *
 * @param q the keyword
 * @param level the level asked for
 * @param company the company's business ID or words of its name, or empty for any talent
 * @param situation a situation's name, or empty for any
 * @param municipality a municipality code, or empty for any
 * @param occupation an ESCO occupation, or empty for any
 */
public record TalentsForm(String q, String level, String company, String situation, String municipality,
		String occupation) {

	public TalentsForm {
		q = limit(q);
		level = level == null || level.isBlank() ? "3" : level.strip();
		company = limit(company);
		situation = limit(situation);
		municipality = limit(municipality);
		occupation = limit(occupation);
	}

	public String query() {
		return q;
	}

	public boolean narrowed() {
		return !situation.isEmpty() || !municipality.isEmpty() || !occupation.isEmpty();
	}

	String parameters(boolean withCompany, String chosen) {
		return "q=" + encode(q) + "&level=" + encode(level) + parameter("situation", situation)
				+ parameter("municipality", municipality) + parameter("occupation", occupation)
				+ (withCompany ? parameter("company", chosen) : "");
	}

	private static String parameter(String name, String value) {
		return value.isEmpty() ? "" : "&" + name + "=" + encode(value);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String limit(@Nullable String text) {
		var stripped = text == null ? "" : text.strip();
		return stripped.length() > 200 ? stripped.substring(0, 200) : stripped;
	}

}
