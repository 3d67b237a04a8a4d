package fi.osaamo.jobs;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.NotFoundException;
import fi.osaamo.platform.Notice;
import fi.osaamo.platform.StaleVersionException;
import fi.osaamo.taxonomy.ConceptMatch;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class JobController {

	static final int PAGE_SIZE = 20;

	private final JobManagement jobs;

	private final TaxonomyManagement taxonomy;

	private final ClassificationManagement classifications;

	private final OrganisationManagement organisations;

	private final JobPages pages;

	JobController(JobManagement jobs, TaxonomyManagement taxonomy, ClassificationManagement classifications,
			OrganisationManagement organisations, JobPages pages) {
		this.jobs = jobs;
		this.pages = pages;
		this.taxonomy = taxonomy;
		this.classifications = classifications;
		this.organisations = organisations;
	}

	@GetMapping("/jobs")
	String list(@AuthenticationPrincipal PersonPrincipal user, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) @Nullable JobStatus status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		var companies = jobs.companiesOf(user.personId());
		var hr = companies.stream().filter(company -> jobs.isHr(user.personId(), company.organisationId())).toList();
		var query = q.length() > 200 ? q.substring(0, 200) : q;
		model.addAttribute("page", new JobListPage(jobs.list(user.personId(), null, status, query, page, PAGE_SIZE),
				query, status, hr, companies));
		return "jobs/list";
	}

	@GetMapping("/jobs/new")
	String createForm(@AuthenticationPrincipal PersonPrincipal user, Locale locale, Model model) {
		var home = organisations.find(hrCompany(user)).map(company -> company.municipalityCode()).orElse(null);
		model.addAttribute("page", formPage(JobForm.empty(home), "/jobs", null, locale));
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
			model.addAttribute("page", formPage(form, "/jobs", ex, locale));
			return "jobs/form";
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

	@GetMapping("/jobs/{id}")
	String show(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String skill, Locale locale, Model model) {
		var page = pages.page(user.personId(), new JobId(id), locale);
		var editing = page.hr() ? page.task()
			.requiredSkills()
			.stream()
			.filter(required -> required.skillUri().equals(skill))
			.findFirst() : java.util.Optional.<RequiredSkill>empty();
		if (editing.isPresent()) {
			page = pages.page(user.personId(), new JobId(id), RequiredSkillForm.of(editing.get()), skill, null, locale);
		}
		model.addAttribute("page", page);
		return "jobs/detail";
	}

	@GetMapping("/jobs/{id}/edit")
	String editForm(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id, Locale locale, Model model) {
		var task = pages.requireHr(user.personId(), new JobId(id));
		model.addAttribute("page", formPage(JobForm.of(task), "/jobs/" + id, null, locale));
		return "jobs/form";
	}

	@PostMapping("/jobs/{id}")
	String update(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id, @ModelAttribute JobForm form,
			Locale locale, Model model, RedirectAttributes redirect) {
		var task = pages.requireHr(user.personId(), new JobId(id));
		try {
			var saved = jobs.update(user.personId(), task.id(), form.toDraft(task.requiredSkills()),
					form.version() == null ? -1 : form.version());
			return Notice.redirect(redirect, "/jobs/" + id, "jobs.notice.saved", saved.title());
		}
		catch (InvalidInputException ex) {
			var kept = ex instanceof StaleVersionException ? form.withVersion(task.version()) : form;
			model.addAttribute("page", formPage(kept, "/jobs/" + id, ex, locale));
			return "jobs/form";
		}
	}

	@PostMapping("/jobs/{id}/delete")
	String delete(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id, RedirectAttributes redirect) {
		var title = pages.requireHr(user.personId(), new JobId(id)).title();
		return jobs.delete(user.personId(), new JobId(id))
				? Notice.redirect(redirect, "/jobs/" + id, "jobs.notice.closedInstead", title)
				: Notice.redirect(redirect, "/jobs", "jobs.notice.deleted", title);
	}

	@PostMapping("/jobs/{id}/interest")
	String interest(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id,
			@RequestParam(defaultValue = "true") boolean interested, Locale locale, Model model,
			RedirectAttributes redirect) {
		try {
			if (interested) {
				jobs.expressInterest(user.personId(), new JobId(id));
			}
			else {
				jobs.withdrawInterest(user.personId(), new JobId(id));
			}
			return Notice.redirect(redirect, "/jobs/" + id,
					interested ? "jobs.notice.interested" : "jobs.notice.interestWithdrawn");
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page",
					pages.page(user.personId(), new JobId(id), RequiredSkillForm.empty(), null, ex, locale));
			return "jobs/detail";
		}
	}

	private JobFormPage formPage(JobForm form, String action, @Nullable InvalidInputException error, Locale locale) {
		var language = Language.of(locale);
		var occupation = form.occupation() == null || form.occupation().isBlank() ? null
				: taxonomy.byUri(form.occupation(), language).map(ref -> ref.label().text()).orElse(null);
		var matches = form.occupationQuery() == null || form.occupationQuery().isBlank() ? List.<ConceptMatch>of()
				: taxonomy.searchOccupations(form.occupationQuery(), language, 8);
		return new JobFormPage(form, action, occupation, matches, classifications.municipalities(language), error);
	}

	private OrganisationId hrCompany(PersonPrincipal user) {
		return jobs.companiesOf(user.personId())
			.stream()
			.map(membership -> membership.organisationId())
			.filter(company -> jobs.isHr(user.personId(), company))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("company"));
	}

	static JobDraft draft(JobTask task, List<RequiredSkill> skills) {
		return new JobDraft(task.title(), task.description(), task.occupationUri(), task.location(),
				task.municipalityCode(), task.applyFrom(), task.applyTo(), task.startDate(), task.status(), skills);
	}

}
