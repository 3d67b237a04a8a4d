package fi.osaamo.platform;

/**
 * SQL {@code LIKE} patterns from what users type, with the wildcards they typed escaped.
 */
public final class LikePatterns {

	private LikePatterns() {
	}

	/**
	 * A pattern matching text that contains the words as typed.
	 * @param typed what the user typed
	 * @return the pattern, for {@code ilike}
	 */
	public static String containing(String typed) {
		return "%" + typed.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
