package fi.osaamo.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Someone else saved the same thing after the user loaded it: the save is refused (HTTP
 * 409 in the API) and the user's input is shown again with the reason.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class StaleVersionException extends InvalidInputException {

	public StaleVersionException() {
		super("version", "validation.staleVersion");
	}

}
