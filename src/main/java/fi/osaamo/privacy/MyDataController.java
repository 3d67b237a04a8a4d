package fi.osaamo.privacy;

import java.util.Locale;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.Notice;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

@Controller
class MyDataController {

	private final MyDataManagement myData;

	private final JsonMapper json;

	private final MyDataView view;

	MyDataController(MyDataManagement myData, JsonMapper json, MyDataView view) {
		this.myData = myData;
		this.json = json;
		this.view = view;
	}

	@GetMapping("/account/data")
	String page(@AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		model.addAttribute("page", view.of(user.personId(), Language.of(locale)));
		return "privacy/myData";
	}

	@GetMapping("/account/data/export")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal PersonPrincipal user) {
		var body = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(myData.export(user.personId()));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("osaamo-my-data.json").build().toString())
			.body(body);
	}

	@GetMapping("/account/delete")
	String confirmDelete() {
		return "privacy/deleteAccount";
	}

	@PostMapping("/account/delete")
	String delete(@AuthenticationPrincipal PersonPrincipal user, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		var complete = myData.delete(user.personId());
		new SecurityContextLogoutHandler().logout(request, response,
				SecurityContextHolder.getContext().getAuthentication());
		return Notice.redirect(redirect, "/", complete ? "myData.notice.deleted" : "myData.notice.deletionPending");
	}

}
