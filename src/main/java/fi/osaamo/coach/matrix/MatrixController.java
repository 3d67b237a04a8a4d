package fi.osaamo.coach.matrix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import fi.osaamo.coach.apprenticeships.Period;
import fi.osaamo.coach.apprenticeships.Periods;
import fi.osaamo.coach.apprenticeships.SchoolAccess;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.messaging.SmsText;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.Notice;
import fi.osaamo.platform.SiteAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A school's message matrix for its staff: the queries, when they go out and what each
 * answer means, and a preview of one apprentice's messages.
 */
@Controller
class MatrixController {

	/** A personal link as long as those sent, for counting parts. */
	private static final String LINK_TOKEN = "x".repeat(22);

	private final SchoolAccess access;

	private final MatrixManagement matrices;

	private final Periods periods;

	private final SiteAddress site;

	MatrixController(SchoolAccess access, MatrixManagement matrices, Periods periods, SiteAddress site) {
		this.access = access;
		this.matrices = matrices;
		this.periods = periods;
		this.site = site;
	}

	@GetMapping("/coach/schools/{school}/matrix")
	String matrix(@AuthenticationPrincipal PersonPrincipal user, @PathVariable OrganisationId school,
			@RequestParam(required = false) @Nullable String apprenticeship, Model model) {
		var name = this.access.require(user.personId(), school);
		var matrix = this.matrices.current(school).orElse(null);
		var previewed = apprenticeship == null ? null : this.periods.find(school, apprenticeship).orElse(null);
		var preview = matrix == null || previewed == null ? List.<MatrixPage.Message>of() : preview(matrix, previewed);
		model.addAttribute("page", new MatrixPage(school, name, matrix, this.periods.of(school), previewed, preview));
		return "coach/matrix";
	}

	@PostMapping("/coach/schools/{school}/matrix/start")
	String start(@AuthenticationPrincipal PersonPrincipal user, @PathVariable OrganisationId school,
			RedirectAttributes redirect) {
		this.matrices.startRecommended(school, user.personId());
		return Notice.redirect(redirect, "/coach/schools/" + school + "/matrix", "coach.matrix.started");
	}

	private List<MatrixPage.Message> preview(MessageMatrix matrix, Period period) {
		var messages = new ArrayList<MatrixPage.Message>();
		var link = " " + this.site.base() + "/m/" + LINK_TOKEN;
		for (var query : matrix.queries()) {
			var sms = SmsText.of(query.message(period.language()) + link);
			query.days(period.startsOn(), period.endsOn())
				.forEach(day -> messages.add(new MatrixPage.Message(day, query, sms)));
		}
		messages.sort(Comparator.comparing(MatrixPage.Message::day));
		return messages;
	}

}
