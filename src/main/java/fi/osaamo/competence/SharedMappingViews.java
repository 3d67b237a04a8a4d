package fi.osaamo.competence;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.PersonSummary;
import fi.osaamo.identity.PersonalData;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What others see of a person's shared mapping, each view logged, and the log of views as
 * the person reads it.
 */
@Component
class SharedMappingViews {

	private final MappingRepository mappings;

	private final IdentityManagement identities;

	private final OrganisationManagement organisations;

	private final DevelopmentPlan plan;

	private final SharedViewLog log;

	SharedMappingViews(MappingRepository mappings, IdentityManagement identities, OrganisationManagement organisations,
			DevelopmentPlan plan, SharedViewLog log) {
		this.mappings = mappings;
		this.identities = identities;
		this.organisations = organisations;
		this.plan = plan;
		this.log = log;
	}

	/**
	 * A person's mapping limited to sections, the view logged under the organisation.
	 */
	Optional<SharedMapping> view(OrganisationId organisation, PersonId person, PersonId viewer, Set<Section> sections) {
		var mapping = mappings.find(person);
		if (sections.isEmpty() || mapping.isEmpty()) {
			return Optional.empty();
		}
		var summary = identities.find(person).orElseThrow();
		var data = sections.contains(Section.IDENTITY)
				? identities.personalData(person, viewer, "shared competence mapping").orElse(null) : null;
		var skills = skills(mapping.get(), sections);
		log.log(person, viewer, organisation, sections);
		return Optional.of(shared(mapping.get(), summary.pseudonym(), data, sections, skills, viewer));
	}

	private static List<SkillClaim> skills(Mapping mapping, Set<Section> sections) {
		var skills = sections.contains(Section.SKILLS) ? mapping.skills() : List.<SkillClaim>of();
		if (sections.contains(Section.STRENGTHS)) {
			return skills;
		}
		return skills.stream()
			.map(claim -> new SkillClaim(claim.skillUri(), claim.level(), claim.provenance(), claim.reference(),
					claim.evidenceDate(), false))
			.toList();
	}

	private SharedMapping shared(Mapping full, String pseudonym, @Nullable PersonalData data, Set<Section> sections,
			List<SkillClaim> skills, PersonId viewer) {
		var person = full.person();
		return new SharedMapping(person, pseudonym, data == null ? null : data.fullName(),
				data == null ? null : data.email(), data == null ? null : data.phone(), sections, skills,
				sections.contains(Section.STRENGTHS) ? full.strengths() : List.of(),
				sections.contains(Section.TARGETS) ? full.targets() : List.of(),
				sections.contains(Section.EDUCATION) ? full.education() : List.of(),
				sections.contains(Section.WORK_HISTORY) ? full.work() : List.of(),
				sections.contains(Section.DEVELOPMENT_PLAN) ? plan.items(person) : List.of(),
				sections.contains(Section.DEVELOPMENT_PLAN) ? plan.jobs(person, viewer) : List.of());
	}

	/**
	 * Who has looked at a person's shared mapping.
	 * @param person whose
	 * @return the views, newest first
	 */
	List<ViewLogEntry> views(PersonId person) {
		var views = log.latest(person);
		var viewers = identities.summaries(views.stream().map(SharedViewLog.View::viewer).toList());
		return views.stream().map(view -> entry(view, viewers)).toList();
	}

	private ViewLogEntry entry(SharedViewLog.View view, Map<PersonId, PersonSummary> viewers) {
		var viewer = viewers.get(view.viewer());
		var organisation = organisations.find(view.organisation());
		return new ViewLogEntry(viewer == null ? "–" : viewer.atWork(),
				organisation.map(found -> found.name()).orElse("–"),
				Arrays.stream(view.sections().split(",")).map(Section::valueOf).toList(), view.at());
	}

}
