package fi.osaamo.coach.matrix;

import fi.osaamo.coach.apprenticeships.SchoolAccess;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.NotFoundException;
import fi.osaamo.platform.Notice;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The school's staff add a status query to their matrix or change one; each save is a new
 * version, made on the version the person saw.
 */
@Controller
class QueryController {

	private final SchoolAccess access;

	private final MatrixManagement matrices;

	QueryController(SchoolAccess access, MatrixManagement matrices) {
		this.access = access;
		this.matrices = matrices;
	}

	@GetMapping("/coach/schools/{school}/matrix/queries/new")
	String add(@AuthenticationPrincipal PersonPrincipal user, @PathVariable OrganisationId school, Model model) {
		var name = this.access.require(user.personId(), school);
		var version = this.matrices.current(school).map(MessageMatrix::version).orElse(0);
		model.addAttribute("page", new QueryPage(school, name, QueryForm.blank(version), null));
		return "coach/query";
	}

	@GetMapping("/coach/schools/{school}/matrix/queries/{key}")
	String edit(@AuthenticationPrincipal PersonPrincipal user, @PathVariable OrganisationId school,
			@PathVariable String key, Model model) {
		var name = this.access.require(user.personId(), school);
		var matrix = this.matrices.current(school).orElseThrow(() -> new NotFoundException("matrix"));
		var query = matrix.find(key).orElseThrow(() -> new NotFoundException("query " + key));
		model.addAttribute("page", new QueryPage(school, name, QueryForm.of(query, matrix.version()), null));
		return "coach/query";
	}

	@PostMapping("/coach/schools/{school}/matrix/queries")
	String save(@AuthenticationPrincipal PersonPrincipal user, @PathVariable OrganisationId school, QueryForm form,
			Model model, RedirectAttributes redirect) {
		var name = this.access.require(user.personId(), school);
		try {
			var query = QueryChecks.read(form);
			var version = form.version() == null ? 0 : form.version();
			var saved = this.matrices.save(school, user.personId(), version, query);
			return Notice.redirect(redirect, "/coach/schools/" + school + "/matrix#query-" + query.key(),
					"coach.matrix.saved", saved.version());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", new QueryPage(school, name, form, ex));
			return "coach/query";
		}
	}

}
