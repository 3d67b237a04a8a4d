package fi.osaamo.competence.mydata;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import fi.osaamo.competence.Assertion;
import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.competence.DevelopmentPlan;
import fi.osaamo.competence.DialogueManagement;
import fi.osaamo.competence.Mapping;
import fi.osaamo.competence.SkillClaim;
import fi.osaamo.competence.Target;
import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.Language;
import fi.osaamo.taxonomy.ConceptLabels;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.springframework.stereotype.Component;

/**
 * The My data page's parts on competence: the mapping with its skills by label, the
 * history of levels, the development plan and the development dialogues.
 */
@Component
class CompetencePart {

	private final CompetenceManagement competence;

	private final DevelopmentPlan plan;

	private final DialogueManagement dialogues;

	private final TaxonomyManagement taxonomy;

	CompetencePart(CompetenceManagement competence, DevelopmentPlan plan, DialogueManagement dialogues,
			TaxonomyManagement taxonomy) {
		this.competence = competence;
		this.plan = plan;
		this.dialogues = dialogues;
		this.taxonomy = taxonomy;
	}

	MyCompetence of(PersonId person, Language language) {
		var mapping = competence.mapping(person);
		var history = history(person);
		var labels = labels(mapping, history, language);
		return new MyCompetence(mapping.isPresent(), mapping.map(Mapping::summary).orElse(null),
				mapping.map(Mapping::updatedAt).orElse(null), skills(mapping, labels), targets(mapping, labels),
				mapping.map(Mapping::education).orElse(List.of()), mapping.map(Mapping::work).orElse(List.of()),
				history.stream().map(change -> change(change, labels)).toList(), plan.items(person),
				plan.jobs(person, person), dialogues.dialogues(person, person));
	}

	private List<Assertion> history(PersonId person) {
		return competence.history(person).stream().sorted(Comparator.comparing(Assertion::at).reversed()).toList();
	}

	private ConceptLabels labels(Optional<Mapping> mapping, List<Assertion> history, Language language) {
		var skills = mapping.map(Mapping::skills).orElse(List.of());
		var targets = mapping.map(Mapping::targets).orElse(List.of());
		return ConceptLabels.of(taxonomy,
				Stream
					.of(skills.stream().map(SkillClaim::skillUri), targets.stream().map(Target::skillUri),
							history.stream().map(Assertion::skillUri))
					.flatMap(uris -> uris)
					.toList(),
				language);
	}

	private static List<MyCompetence.Skill> skills(Optional<Mapping> mapping, ConceptLabels labels) {
		return mapping.map(Mapping::skills).orElse(List.of()).stream().map(skill -> skill(skill, labels)).toList();
	}

	private static List<MyCompetence.Skill> targets(Optional<Mapping> mapping, ConceptLabels labels) {
		return mapping.map(Mapping::targets).orElse(List.of()).stream().map(target -> target(target, labels)).toList();
	}

	private static MyCompetence.Skill skill(SkillClaim skill, ConceptLabels labels) {
		return new MyCompetence.Skill(labels.label(skill.skillUri()), skill.level(), skill.provenance(),
				skill.reference(), skill.evidenceDate(), skill.strength());
	}

	private static MyCompetence.Skill target(Target target, ConceptLabels labels) {
		return new MyCompetence.Skill(labels.label(target.skillUri()), target.level(), null, null, null, false);
	}

	private static MyCompetence.LevelChange change(Assertion change, ConceptLabels labels) {
		return new MyCompetence.LevelChange(labels.label(change.skillUri()), change.level(), change.provenance(),
				change.at());
	}

}
