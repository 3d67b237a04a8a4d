package fi.osaamo.platform;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;

/**
 * Requests a page cannot read are the client's fault: an upload form posted without a
 * file, or not as a multipart form at all, is a 400, not a server error.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class RequestProblems {

	@ExceptionHandler(MultipartException.class)
	void unreadableUpload(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

}
