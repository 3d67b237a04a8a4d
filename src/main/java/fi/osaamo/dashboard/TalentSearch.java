package fi.osaamo.dashboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import fi.osaamo.competence.TalentDirectory;
import fi.osaamo.competence.TalentFilter;
import fi.osaamo.matching.MatchingEngine;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.Language;
import fi.osaamo.taxonomy.ConceptMatch;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Finds a city's opted-in talents, all of them or by a competence keyword, narrowed by
 * what they told of their situation and the work they look for. A keyword names skills in
 * the taxonomy (any language, alternative labels, typing errors forgiven); a strict
 * search wants those skills at the level asked; when it finds no one it relaxes step by
 * step, first to related skills, then to any level, and says which step found the
 * talents.
 */
@Component
class TalentSearch {

	/** How many of the taxonomy's best matches of the keyword are searched. */
	static final int SKILLS_PER_KEYWORD = 3;

	private final TaxonomyManagement taxonomy;

	private final MatchingEngine matching;

	private final TalentDirectory talents;

	TalentSearch(TaxonomyManagement taxonomy, MatchingEngine matching, TalentDirectory talents) {
		this.taxonomy = taxonomy;
		this.matching = matching;
		this.talents = talents;
	}

	Result search(OrganisationId city, String keyword, int level, Language language,
			@Nullable Collection<PersonId> among, TalentFilter filter, int page, int size) {
		if (keyword.isBlank()) {
			return new Result(Set.of(), Set.of(), TalentSearchStep.BROWSE, level,
					talents.browse(city, among, filter, page, size));
		}
		var searched = skills(keyword, language);
		if (searched.isEmpty()) {
			return new Result(Set.of(), Set.of(), TalentSearchStep.NO_SKILL, level,
					new TalentDirectory.TalentPage(List.of(), 0));
		}
		return bySkills(city, searched, level, among, filter, page, size);
	}

	/** The strict search by the keyword's skills, relaxed when it finds no one. */
	private Result bySkills(OrganisationId city, Set<String> searched, int level, @Nullable Collection<PersonId> among,
			TalentFilter filter, int page, int size) {
		var found = talents.search(city, searched, searched, level, among, filter, page, size);
		if (found.total() > 0) {
			return new Result(searched, Set.of(), TalentSearchStep.STRICT, level, found);
		}
		return relaxed(city, searched, level, among, filter, page, size);
	}

	/** The search widened to related skills, then to any level. */
	private Result relaxed(OrganisationId city, Set<String> searched, int level, @Nullable Collection<PersonId> among,
			TalentFilter filter, int page, int size) {
		var related = matching.relatedSkills(searched);
		var wider = new ArrayList<String>(searched);
		wider.addAll(related);
		var found = talents.search(city, wider, searched, level, among, filter, page, size);
		if (found.total() > 0 || level == 1) {
			return new Result(searched, related, TalentSearchStep.RELATED, level, found);
		}
		return new Result(searched, related, TalentSearchStep.ANY_LEVEL, 1,
				talents.search(city, wider, searched, 1, among, filter, page, size));
	}

	/** The skills a keyword finds, best match first. */
	private Set<String> skills(String keyword, Language language) {
		var searched = new LinkedHashSet<String>();
		taxonomy.searchSkills(keyword, language, SKILLS_PER_KEYWORD)
			.stream()
			.map(ConceptMatch::uri)
			.forEach(searched::add);
		return searched;
	}

	/**
	 * How many of a city's visible talents told each situation, municipality and kind of
	 * work.
	 * @param city the city organisation
	 * @return the counts
	 */
	TalentDirectory.Facets facets(OrganisationId city) {
		return talents.facets(city);
	}

	/**
	 * What a search found and how.
	 *
	 * @param searched the skills the keyword named
	 * @param related the related skills added when relaxed
	 * @param step the step that answered
	 * @param level the lowest level counted in the end
	 * @param page the talents
	 */
	record Result(Set<String> searched, Set<String> related, TalentSearchStep step, int level,
			TalentDirectory.TalentPage page) {
	}

}
