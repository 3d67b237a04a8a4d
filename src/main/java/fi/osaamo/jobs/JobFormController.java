package fi.osaamo.jobs;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.NotFoundException;
import fi.osaamo.platform.Notice;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * HR creates and edits job tasks on the job task form, choosing the occupation as they
 * type.
 */
@Controller
class JobFormController {

	private final JobManagement jobs;

	private final TaxonomyManagement taxonomy;

	private final OrganisationManagement organisations;

	private final JobPages pages;

	private final JobFormPages formPages;

	JobFormController(JobManagement jobs, TaxonomyManagement taxonomy, OrganisationManagement organisations,
			JobPages pages, JobFormPages formPages) {
		this.jobs = jobs;
		this.pages = pages;
		this.taxonomy = taxonomy;
		this.organisations = organisations;
		this.formPages = formPages;
	}

	@GetMapping("/jobs/new")
	String createForm(@AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		var home = organisations.find(hrCompany(user)).map(company -> company.municipalityCode()).orElse(null);
		model.addAttribute("page", formPages.page(JobForm.empty(home), "/jobs", null, locale));
		return "jobs/form";
	}

	@PostMapping("/jobs")
	String create(@AuthenticationPrincipal PersonPrincipal user, @ModelAttribute JobForm form, Locale locale,
			Model model, RedirectAttributes redirect) {
		var company = hrCompany(user);
		try {
			var created = jobs.create(user.personId(), company, form.toDraft(List.of()));
			return Notice.redirect(redirect, "/jobs/" + created.id(), "jobs.notice.created", created.title());
		}
		catch (InvalidInputException ex) {
			return refused(form, "/jobs", ex, locale, model);
		}
	}

	@io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest
	@GetMapping("/jobs/occupations/suggest")
	String occupations(@RequestParam(defaultValue = "") String occupationQuery, Locale locale, Model model) {
		model.addAttribute("occupations",
				occupationQuery.isBlank() ? List.of()
						: taxonomy.searchOccupations(
								occupationQuery.length() > 200 ? occupationQuery.substring(0, 200) : occupationQuery,
								Language.of(locale), 8));
		return "jobs/occupations";
	}

	@GetMapping("/jobs/{id}/edit")
	String editForm(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id, Locale locale, Model model) {
		var task = pages.requireHr(user.personId(), new JobId(id));
		model.addAttribute("page", formPages.page(JobForm.of(task), "/jobs/" + id, null, locale));
		return "jobs/form";
	}

	@PostMapping("/jobs/{id}")
	String update(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id, @ModelAttribute JobForm form,
			Locale locale, Model model, RedirectAttributes redirect) {
		var task = pages.requireHr(user.personId(), new JobId(id));
		try {
			var saved = jobs.update(user.personId(), task.id(), form.toDraft(task.requiredSkills()),
					form.seenVersion());
			return Notice.redirect(redirect, "/jobs/" + id, "jobs.notice.saved", saved.title());
		}
		catch (InvalidInputException ex) {
			return refused(form.refusedBy(ex, task.version()), "/jobs/" + id, ex, locale, model);
		}
	}

	private String refused(JobForm form, String action, InvalidInputException ex, Locale locale, Model model) {
		model.addAttribute("page", formPages.page(form, action, ex, locale));
		return "jobs/form";
	}

	private OrganisationId hrCompany(PersonPrincipal user) {
		return jobs.companiesOf(user.personId())
			.stream()
			.map(membership -> membership.organisationId())
			.filter(company -> jobs.isHr(user.personId(), company))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("company"));
	}

}
