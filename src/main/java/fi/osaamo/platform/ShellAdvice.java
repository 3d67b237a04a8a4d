package fi.osaamo.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page its {@link Shell} as the model attribute {@code shell}.
 */
@ControllerAdvice(annotations = Controller.class)
class ShellAdvice {

	private final ShellFactory shells;

	ShellAdvice(ShellFactory shells) {
		this.shells = shells;
	}

	@ModelAttribute("shell")
	Shell shell(HttpServletRequest request) {
		return shells.shellFor(request);
	}

}
