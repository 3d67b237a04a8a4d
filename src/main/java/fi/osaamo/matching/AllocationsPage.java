package fi.osaamo.matching;

import java.util.List;

import fi.osaamo.organisation.Membership;

/**
 * HR's task allocation page.
 *
 * @param organisation the company
 * @param organisations the companies where the viewer is HR
 * @param suggestions the company's suggestions, open ones first
 * @param enabled whether task allocation is switched on
 */
public record AllocationsPage(Membership organisation, List<Membership> organisations, List<Suggestion> suggestions,
		boolean enabled) {

	public List<Suggestion> open() {
		return suggestions.stream().filter(Suggestion::proposed).toList();
	}

	public List<Suggestion> decided() {
		return suggestions.stream().filter(suggestion -> !suggestion.proposed()).toList();
	}

}
