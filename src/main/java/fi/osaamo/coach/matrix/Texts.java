package fi.osaamo.coach.matrix;

/**
 * A text in the three languages of the coach.
 *
 * @param fi in Finnish
 * @param sv in Swedish
 * @param en in English
 */
public record Texts(String fi, String sv, String en) {

	/**
	 * The text in a language, Finnish for any other.
	 * @param language fi, sv or en
	 * @return the text
	 */
	public String in(String language) {
		return switch (language) {
			case "sv" -> this.sv;
			case "en" -> this.en;
			default -> this.fi;
		};
	}

}
