package fi.osaamo.competence;

import java.util.List;
import java.util.Map;

import fi.osaamo.organisation.Membership;
import fi.osaamo.taxonomy.ConceptRef;

/**
 * The company competence overview as an HR specialist sees it.
 *
 * @param organisation the company
 * @param organisations the companies where the viewer is an HR specialist
 * @param overview the counts
 * @param labels the skills' labels in the viewer's language
 */
public record OverviewPage(Membership organisation, List<Membership> organisations, CompetenceOverview overview,
		Map<String, ConceptRef> labels) {

	public String label(String uri) {
		var label = labels.get(uri);
		return label == null ? uri : label.label().text();
	}

	public int minimum() {
		return CompetenceOverview.MINIMUM;
	}

}
