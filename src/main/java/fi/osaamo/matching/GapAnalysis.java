package fi.osaamo.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.competence.SkillClaim;
import fi.osaamo.identity.PersonId;
import fi.osaamo.jobs.Importance;
import fi.osaamo.jobs.JobTask;
import fi.osaamo.platform.Language;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Compares a person's mapping with a job task. Each required skill counts with its
 * weight, must-have skills twice; a skill at or above the required level earns its full
 * weight, a lower level the share of the required level reached, a missing skill nothing.
 * The score is the earned share of all weights. Only skills and levels enter the
 * comparison.
 */
@Service
public class GapAnalysis {

	static final double MUST_FACTOR = 2.0;

	private final CompetenceManagement competence;

	private final TaxonomyManagement taxonomy;

	private final MessageSource messages;

	GapAnalysis(CompetenceManagement competence, TaxonomyManagement taxonomy, MessageSource messages) {
		this.competence = competence;
		this.taxonomy = taxonomy;
		this.messages = messages;
	}

	public Gap gap(PersonId person, JobTask task, Locale locale) {
		var levels = competence.mapping(person)
			.map(mapping -> mapping.skills()
				.stream()
				.collect(Collectors.toMap(SkillClaim::skillUri, SkillClaim::level)))
			.orElse(Map.of());
		var labels = taxonomy.byUris(task.requiredSkills().stream().map(skill -> skill.skillUri()).toList(),
				Language.of(locale));
		var total = task.requiredSkills()
			.stream()
			.mapToDouble(skill -> effectiveWeight(skill.importance(), skill.weight()))
			.sum();
		var matched = new ArrayList<GapItem>();
		var partial = new ArrayList<GapItem>();
		var missing = new ArrayList<GapItem>();
		var earned = 0.0;
		for (var skill : task.requiredSkills()) {
			var level = levels.getOrDefault(skill.skillUri(), 0);
			var weight = effectiveWeight(skill.importance(), skill.weight());
			var credit = level >= skill.level() ? 1.0 : (double) level / skill.level();
			var contribution = total == 0 ? 0 : 100 * weight * credit / total;
			earned += weight * credit;
			var label = labels.containsKey(skill.skillUri()) ? labels.get(skill.skillUri()).label().text()
					: skill.skillUri();
			var item = new GapItem(skill.skillUri(), label, level, skill.level(), skill.importance(), skill.weight(),
					Math.round(contribution * 10) / 10.0);
			(level >= skill.level() ? matched : level > 0 ? partial : missing).add(item);
		}
		var score = total == 0 ? 0 : (int) Math.round(100 * earned / total);
		return new Gap(score, matched, partial, missing, explain(score, matched, partial, missing, locale));
	}

	private List<String> explain(int score, List<GapItem> matched, List<GapItem> partial, List<GapItem> missing,
			Locale locale) {
		var lines = new ArrayList<String>();
		var required = matched.size() + partial.size() + missing.size();
		lines.add(messages.getMessage("gap.summary", new Object[] { score, matched.size(), required }, locale));
		for (var item : partial) {
			lines.add(messages.getMessage("gap.partial", new Object[] { item.label(), item.level(), item.required() },
					locale));
		}
		var mustMissing = missing.stream().filter(item -> item.importance() == Importance.MUST).toList();
		if (!mustMissing.isEmpty()) {
			lines.add(messages.getMessage("gap.missingMust",
					new Object[] { mustMissing.stream().map(GapItem::label).collect(Collectors.joining(", ")) },
					locale));
		}
		var niceMissing = missing.stream().filter(item -> item.importance() == Importance.NICE).toList();
		if (!niceMissing.isEmpty()) {
			lines.add(messages.getMessage("gap.missingNice",
					new Object[] { niceMissing.stream().map(GapItem::label).collect(Collectors.joining(", ")) },
					locale));
		}
		lines.add(messages.getMessage("gap.method", null, locale));
		return lines;
	}

	private static double effectiveWeight(Importance importance, double weight) {
		return importance == Importance.MUST ? weight * MUST_FACTOR : weight;
	}

}
