package fi.osaamo.platform;

/**
 * The view model of an error page.
 *
 * @param status the HTTP status
 * @param key the message key prefix of its title and text
 */
public record ErrorPage(int status, String key) {

	static ErrorPage of(int status) {
		var key = switch (status) {
			case 400, 403, 404, 405 -> "error." + status;
			default -> status >= 500 ? "error.500" : "error.other";
		};
		return new ErrorPage(status, key);
	}

}
