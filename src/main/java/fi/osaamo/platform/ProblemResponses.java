package fi.osaamo.platform;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;

/**
 * Writes an RFC 9457 problem detail in the caller's language, for code that answers
 * before a controller is reached (servlet filters).
 */
public interface ProblemResponses {

	/**
	 * Answers with a problem.
	 * @param request the request, for the caller's language
	 * @param response the response
	 * @param status the status
	 * @param type the problem type; its title is the message {@code problem.<type>.title}
	 * @param detailKey the message key of the detail
	 * @param arguments the detail's arguments
	 * @throws IOException if the answer cannot be written
	 */
	void send(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
			String detailKey, Object... arguments) throws IOException;

}
