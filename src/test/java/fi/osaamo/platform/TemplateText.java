package fi.osaamo.platform;

/**
 * Removes jte's own syntax from a template so that only the HTML and its literal text
 * remain.
 */
final class TemplateText {

	private TemplateText() {
	}

	static boolean hasWords(String text) {
		return text.codePoints().anyMatch(Character::isLetter);
	}

	static String strip(String template) {
		var out = new StringBuilder();
		var i = 0;
		while (i < template.length()) {
			if (template.startsWith("@import", i) || template.startsWith("@param", i)) {
				i = endOfLine(template, i);
			}
			else if (template.startsWith("${", i) || template.startsWith("!{", i)) {
				i = skipBalanced(template, i + 1, '{', '}');
			}
			else if (template.startsWith("$unsafe{", i)) {
				i = skipBalanced(template, i + 7, '{', '}');
			}
			else if (startsDirective(template, i)) {
				i = skipBalanced(template, template.indexOf('(', i), '(', ')');
			}
			else if (template.startsWith("@else", i) || template.startsWith("@endif", i)
					|| template.startsWith("@endfor", i)) {
				i = template.startsWith("@else", i) ? i + 5 : template.startsWith("@endif", i) ? i + 6 : i + 7;
			}
			else if (template.startsWith("`)", i) || template.startsWith("@`", i)) {
				i += 2;
			}
			else {
				out.append(template.charAt(i++));
			}
		}
		return out.toString();
	}

	private static boolean startsDirective(String template, int i) {
		return template.startsWith("@if(", i) || template.startsWith("@elseif(", i) || template.startsWith("@for(", i)
				|| template.startsWith("@template.", i);
	}

	private static int endOfLine(String template, int i) {
		var end = template.indexOf('\n', i);
		return end < 0 ? template.length() : end + 1;
	}

	/**
	 * Skips from an opening bracket to its match, minding string literals; a content
	 * block opened inside (as in {@code @template.x(content = @`}) ends the skip there.
	 */
	private static int skipBalanced(String template, int open, char opening, char closing) {
		var depth = 0;
		var i = open;
		while (i < template.length()) {
			var c = template.charAt(i);
			if (c == '"') {
				i = template.indexOf('"', i + 1) + 1;
				continue;
			}
			if (template.startsWith("@`", i)) {
				return i + 2;
			}
			if (c == opening) {
				depth++;
			}
			else if (c == closing && --depth == 0) {
				return i + 1;
			}
			i++;
		}
		return i;
	}

}
