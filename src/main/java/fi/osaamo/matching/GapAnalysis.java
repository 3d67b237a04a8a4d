package fi.osaamo.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fi.osaamo.identity.PersonId;
import fi.osaamo.jobs.JobTask;
import fi.osaamo.matching.engine.Explanation;
import fi.osaamo.matching.engine.Profile;
import fi.osaamo.platform.Language;
import fi.osaamo.taxonomy.ConceptRef;
import fi.osaamo.taxonomy.TaxonomyManagement;
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

	private final GapExplainer explainer;

	GapAnalysis(MatchingEngine engine, TaxonomyManagement taxonomy, GapExplainer explainer) {
		this.engine = engine;
		this.taxonomy = taxonomy;
		this.explainer = explainer;
	}

	/**
	 * A comparison in words, in one paragraph, for the API.
	 * @param gap the comparison
	 * @param voice who reads it
	 * @param locale in which language
	 * @return the words
	 */
	String words(Gap gap, GapExplainer.Voice voice, Locale locale) {
		var lines = new java.util.ArrayList<>(explainer.lines(gap, voice, locale));
		lines.add(explainer.method(locale));
		return String.join(" ", lines);
	}

	public Gap gap(PersonId person, JobTask task, Locale locale) {
		return gap(engine.profile(person), task, locale);
	}

	Gap gap(Profile profile, JobTask task, Locale locale) {
		var explanation = engine.scorer().explain(profile, engine.requirement(task));
		var labels = labels(task, explanation, locale);
		var matched = new ArrayList<GapItem>();
		var partial = new ArrayList<GapItem>();
		var missing = new ArrayList<GapItem>();
		for (var item : explanation.items()) {
			bucket(item.kind(), matched, partial, missing).add(item(task, item, labels));
		}
		return new Gap(explanation.score(), matched, partial, missing, new Gap.Occupation(
				explanation.occupationShared(), explanation.occupationSkills(), explanation.occupationPoints()));
	}

	/** The labels of the required skills and of the related skills that earned credit. */
	private Map<String, ConceptRef> labels(JobTask task, Explanation explanation, Locale locale) {
		var uris = new HashSet<String>();
		task.requiredSkills().forEach(skill -> uris.add(skill.skillUri()));
		explanation.items().stream().filter(item -> item.via() >= 0).forEach(item -> uris.add(engine.uri(item.via())));
		return taxonomy.byUris(uris, Language.of(locale));
	}

	private GapItem item(JobTask task, Explanation.Item item, Map<String, ConceptRef> labels) {
		var required = task.requiredSkills().get(item.index());
		var via = item.via() < 0 ? null : label(engine.uri(item.via()), labels);
		return new GapItem(required.skillUri(), label(required.skillUri(), labels),
				item.kind() == Explanation.Kind.RELATED ? item.viaLevel() : item.level(), required.level(),
				required.importance(), required.weight(), Math.round(item.points() * 10) / 10.0, via,
				item.relation() == null ? null : item.relation().name());
	}

	/** Which of the lists a skill met in some way belongs in. */
	private static List<GapItem> bucket(Explanation.Kind kind, List<GapItem> matched, List<GapItem> partial,
			List<GapItem> missing) {
		return switch (kind) {
			case MATCHED -> matched;
			case LOWER_LEVEL, RELATED -> partial;
			case MISSING -> missing;
		};
	}

	private static String label(String uri, Map<String, ConceptRef> labels) {
		return labels.containsKey(uri) ? labels.get(uri).label().text() : uri;
	}

}
