package fi.osaamo.coach.apprenticeships;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coach's entry and a school's list of apprenticeships, for the school's staff.
 */
@Controller
class ApprenticeshipController {

	private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

	private final SchoolAccess access;

	private final ApprenticeshipList list;

	private final Clock clock;

	ApprenticeshipController(SchoolAccess access, ApprenticeshipList list, Clock clock) {
		this.access = access;
		this.list = list;
		this.clock = clock;
	}

	@GetMapping("/coach")
	String entry(@AuthenticationPrincipal PersonPrincipal user) {
		var school = this.access.schoolsOf(user.personId())
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("no school"));
		return "redirect:/coach/schools/" + school.organisationId() + "/apprenticeships";
	}

	@GetMapping("/coach/schools/{school}/apprenticeships")
	String list(@AuthenticationPrincipal PersonPrincipal user, @PathVariable OrganisationId school,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var name = this.access.require(user.personId(), school);
		var total = this.list.count(school);
		int pages = (int) Math.max(1, (total + ApprenticeshipList.PAGE_SIZE - 1) / ApprenticeshipList.PAGE_SIZE);
		int shown = Math.min(Math.max(page, 0), pages - 1);
		var rows = this.list.page(school, shown, LocalDate.ofInstant(this.clock.instant(), HELSINKI), user.personId());
		model.addAttribute("page", new ApprenticeshipListPage(school, name, rows, shown, pages, total));
		return "coach/apprenticeships";
	}

}
