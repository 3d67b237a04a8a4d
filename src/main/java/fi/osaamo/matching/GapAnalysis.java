package fi.osaamo.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import fi.osaamo.identity.PersonId;
import fi.osaamo.jobs.Importance;
import fi.osaamo.jobs.JobTask;
import fi.osaamo.matching.engine.Profile;
import fi.osaamo.matching.engine.Scorer;
import fi.osaamo.platform.Language;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Compares a person's skills with a job task through the matching engine, and says in
 * words what each part of the score comes from: skills met, skills at a lower level,
 * related skills that earned part of the credit, missing skills and, when the task names
 * an occupation, how many of its essential skills the person has. Only skills and levels
 * enter the comparison.
 */
@Service
public class GapAnalysis {

	private final MatchingEngine engine;

	private final TaxonomyManagement taxonomy;

	private final MessageSource messages;

	GapAnalysis(MatchingEngine engine, TaxonomyManagement taxonomy, MessageSource messages) {
		this.engine = engine;
		this.taxonomy = taxonomy;
		this.messages = messages;
	}

	public Gap gap(PersonId person, JobTask task, Locale locale) {
		return gap(engine.profile(person), task, locale);
	}

	Gap gap(Profile profile, JobTask task, Locale locale) {
		var explanation = engine.scorer().explain(profile, engine.requirement(task));
		var uris = new HashSet<String>();
		task.requiredSkills().forEach(skill -> uris.add(skill.skillUri()));
		explanation.items().stream().filter(item -> item.via() >= 0).forEach(item -> uris.add(engine.uri(item.via())));
		var labels = taxonomy.byUris(uris, Language.of(locale));
		var matched = new ArrayList<GapItem>();
		var partial = new ArrayList<GapItem>();
		var missing = new ArrayList<GapItem>();
		for (var item : explanation.items()) {
			var required = task.requiredSkills().get(item.index());
			var label = labels.containsKey(required.skillUri()) ? labels.get(required.skillUri()).label().text()
					: required.skillUri();
			String via = null;
			if (item.via() >= 0) {
				var viaUri = engine.uri(item.via());
				via = labels.containsKey(viaUri) ? labels.get(viaUri).label().text() : viaUri;
			}
			var gapItem = new GapItem(required.skillUri(), label,
					item.kind() == Scorer.Explanation.Kind.RELATED ? item.viaLevel() : item.level(), required.level(),
					required.importance(), required.weight(), Math.round(item.points() * 10) / 10.0, via,
					item.relation() == null ? null : item.relation().name());
			switch (item.kind()) {
				case MATCHED -> matched.add(gapItem);
				case LOWER_LEVEL, RELATED -> partial.add(gapItem);
				case MISSING -> missing.add(gapItem);
			}
		}
		return new Gap(explanation.score(), matched, partial, missing,
				explain(explanation, matched, partial, missing, locale));
	}

	private List<String> explain(Scorer.Explanation explanation, List<GapItem> matched, List<GapItem> partial,
			List<GapItem> missing, Locale locale) {
		var lines = new ArrayList<String>();
		var required = matched.size() + partial.size() + missing.size();
		lines.add(messages.getMessage("gap.summary", new Object[] { explanation.score(), matched.size(), required },
				locale));
		for (var item : partial) {
			if (item.via() != null) {
				lines.add(messages.getMessage("gap.related",
						new Object[] { item.label(), item.via(),
								messages.getMessage("relation." + item.relation(), null, locale), item.contribution() },
						locale));
			}
			else {
				lines.add(messages.getMessage("gap.partial",
						new Object[] { item.label(), item.level(), item.required() }, locale));
			}
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
		if (explanation.occupationSkills() > 0) {
			lines.add(messages.getMessage("gap.occupation", new Object[] { explanation.occupationShared(),
					explanation.occupationSkills(), Math.round(explanation.occupationPoints() * 10) / 10.0 }, locale));
		}
		lines.add(messages.getMessage("gap.method", null, locale));
		return lines;
	}

}
