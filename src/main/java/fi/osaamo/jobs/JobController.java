package fi.osaamo.jobs;

import java.util.ArrayList;
import java.util.HashSet;
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
import fi.osaamo.taxonomy.ConceptKind;
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

@Controller
class JobController {

	static final int PAGE_SIZE = 20;

	private final JobManagement jobs;

	private final TaxonomyManagement taxonomy;

	private final ClassificationManagement classifications;

	private final OrganisationManagement organisations;

	JobController(JobManagement jobs, TaxonomyManagement taxonomy, ClassificationManagement classifications,
			OrganisationManagement organisations) {
		this.jobs = jobs;
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
			Model model) {
		var company = hrCompany(user);
		try {
			var created = jobs.create(user.personId(), company, form.toDraft(List.of()));
			return "redirect:/jobs/" + created.id() + "?created";
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
	String show(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id, Locale locale, Model model) {
		model.addAttribute("page", detail(user, new JobId(id), List.of(), null, locale));
		return "jobs/detail";
	}

	@GetMapping("/jobs/{id}/edit")
	String editForm(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id, Locale locale, Model model) {
		var task = requireHr(user, new JobId(id));
		model.addAttribute("page", formPage(JobForm.of(task), "/jobs/" + id, null, locale));
		return "jobs/form";
	}

	@PostMapping("/jobs/{id}")
	String update(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id, @ModelAttribute JobForm form,
			Locale locale, Model model) {
		var task = requireHr(user, new JobId(id));
		try {
			jobs.update(user.personId(), task.id(), form.toDraft(task.requiredSkills()),
					form.version() == null ? -1 : form.version());
			return "redirect:/jobs/" + id + "?saved";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", formPage(form, "/jobs/" + id, ex, locale));
			return "jobs/form";
		}
	}

	@PostMapping("/jobs/{id}/skills")
	String addSkill(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String uri, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "3") int level, @RequestParam(defaultValue = "MUST") Importance importance,
			@RequestParam(defaultValue = "1") double weight, @RequestParam int version, Locale locale, Model model) {
		var task = requireHr(user, new JobId(id));
		try {
			if (uri.isBlank()) {
				throw new InvalidInputException("uri", "validation.chooseSkill");
			}
			var skills = new ArrayList<>(
					task.requiredSkills().stream().filter(skill -> !skill.skillUri().equals(uri)).toList());
			skills.add(new RequiredSkill(uri, level, importance, weight));
			jobs.update(user.personId(), task.id(), draft(task, skills), version);
			return "redirect:/jobs/" + id + "#skills-heading";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", detail(user, task.id(), skillSuggestions(q, locale), ex, locale));
			return "jobs/detail";
		}
	}

	@PostMapping("/jobs/{id}/skills/remove")
	String removeSkill(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id, @RequestParam String uri,
			@RequestParam int version, Locale locale, Model model) {
		var task = requireHr(user, new JobId(id));
		try {
			jobs.update(user.personId(), task.id(),
					draft(task, task.requiredSkills().stream().filter(skill -> !skill.skillUri().equals(uri)).toList()),
					version);
			return "redirect:/jobs/" + id + "#skills-heading";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", detail(user, task.id(), List.of(), ex, locale));
			return "jobs/detail";
		}
	}

	@PostMapping("/jobs/{id}/delete")
	String delete(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id) {
		var closed = jobs.delete(user.personId(), new JobId(id));
		return closed ? "redirect:/jobs/" + id + "?closedInstead" : "redirect:/jobs?deleted";
	}

	@PostMapping("/jobs/{id}/interest")
	String interest(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id,
			@RequestParam(defaultValue = "true") boolean interested, Locale locale, Model model) {
		try {
			if (interested) {
				jobs.expressInterest(user.personId(), new JobId(id));
			}
			else {
				jobs.withdrawInterest(user.personId(), new JobId(id));
			}
			return "redirect:/jobs/" + id;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", detail(user, new JobId(id), List.of(), ex, locale));
			return "jobs/detail";
		}
	}

	private JobDetailPage detail(PersonPrincipal user, JobId id, List<ConceptMatch> suggestions,
			@Nullable InvalidInputException error, Locale locale) {
		var task = jobs.require(id, user.personId());
		var hr = jobs.isHr(user.personId(), task.organisation());
		var uris = new HashSet<String>();
		task.requiredSkills().forEach(skill -> uris.add(skill.skillUri()));
		if (task.occupationUri() != null) {
			uris.add(task.occupationUri());
		}
		var company = jobs.companiesOf(user.personId())
			.stream()
			.filter(membership -> membership.organisationId().equals(task.organisation()))
			.map(membership -> membership.organisationName())
			.findFirst()
			.orElse("");
		var municipality = classifications.municipality(task.municipalityCode(), Language.of(locale))
			.map(found -> found.name())
			.orElse(null);
		return new JobDetailPage(task, company, municipality, taxonomy.byUris(uris, Language.of(locale)), hr,
				jobs.hasInterest(id, user.personId()), hr ? jobs.interests(user.personId(), id) : List.of(),
				suggestions, error);
	}

	private JobFormPage formPage(JobForm form, String action, @Nullable InvalidInputException error, Locale locale) {
		var language = Language.of(locale);
		var occupation = form.occupation() == null || form.occupation().isBlank() ? null
				: taxonomy.byUri(form.occupation(), language).map(ref -> ref.label().text()).orElse(null);
		var matches = form.occupationQuery() == null || form.occupationQuery().isBlank() ? List.<ConceptMatch>of()
				: taxonomy.searchOccupations(form.occupationQuery(), language, 8);
		return new JobFormPage(form, action, occupation, matches, classifications.municipalities(language), error);
	}

	private List<ConceptMatch> skillSuggestions(String q, Locale locale) {
		return q.isBlank() ? List.of()
				: taxonomy.searchSkills(q.length() > 200 ? q.substring(0, 200) : q, Language.of(locale), 10)
					.stream()
					.filter(match -> match.kind() != ConceptKind.SKILL_GROUP)
					.toList();
	}

	private OrganisationId hrCompany(PersonPrincipal user) {
		return jobs.companiesOf(user.personId())
			.stream()
			.map(membership -> membership.organisationId())
			.filter(company -> jobs.isHr(user.personId(), company))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("company"));
	}

	private JobTask requireHr(PersonPrincipal user, JobId id) {
		var task = jobs.require(id, user.personId());
		if (!jobs.isHr(user.personId(), task.organisation())) {
			throw new NotFoundException("job " + id);
		}
		return task;
	}

	private static JobDraft draft(JobTask task, List<RequiredSkill> skills) {
		return new JobDraft(task.title(), task.description(), task.occupationUri(), task.location(),
				task.municipalityCode(), task.applyFrom(), task.applyTo(), task.startDate(), task.status(), skills);
	}

}
