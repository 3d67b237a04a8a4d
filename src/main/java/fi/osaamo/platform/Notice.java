package fi.osaamo.platform;

import java.io.Serializable;
import java.util.Arrays;
import java.util.function.UnaryOperator;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the next page says happened ("Saved.", "Removed."): a message key and its
 * arguments, carried across the redirect after a form is accepted and shown once, in the
 * reader's language, at the top of the page.
 *
 * @param key the message key
 * @param arguments the message's arguments, as text
 */
public record Notice(String key, String[] arguments) implements Serializable {

	static final String ATTRIBUTE = "osaamo.notice";

	public Notice {
		arguments = arguments.clone();
	}

	@Override
	public String[] arguments() {
		return arguments.clone();
	}

	/**
	 * Redirects after a change and says on the next page that it succeeded.
	 * @param attributes the redirect's attributes
	 * @param target where to go
	 * @param key the message key of what happened
	 * @param arguments its arguments
	 * @return the redirect view name
	 */
	public static String redirect(RedirectAttributes attributes, String target, String key, Object... arguments) {
		attributes.addFlashAttribute(ATTRIBUTE,
				new Notice(key, Arrays.stream(arguments).map(String::valueOf).toArray(String[]::new)));
		return "redirect:" + target;
	}

	/**
	 * An argument that is itself a message, put into words with the notice.
	 * @param key the argument's message key
	 * @return the argument
	 */
	public static String message(String key) {
		return "#{" + key + "}";
	}

	Object[] resolvedArguments(UnaryOperator<String> translate) {
		return Arrays.stream(arguments)
			.map(argument -> argument.startsWith("#{") && argument.endsWith("}")
					? translate.apply(argument.substring(2, argument.length() - 1)) : argument)
			.toArray();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Notice notice && key.equals(notice.key) && Arrays.equals(arguments, notice.arguments);
	}

	@Override
	public int hashCode() {
		return 31 * key.hashCode() + Arrays.hashCode(arguments);
	}

	@Override
	public String toString() {
		return key + Arrays.toString(arguments);
	}

}
