package fi.osaamo.competence;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import fi.osaamo.account.ProfileManagement;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.taxonomy.ConceptDetails;
import fi.osaamo.taxonomy.ConceptKind;
import fi.osaamo.taxonomy.ConceptMatch;
import fi.osaamo.taxonomy.ConceptRef;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Assembles the person's own mapping page: the mapping with its labels, the skills
 * typical of their occupation, and who has viewed what they share.
 */
@Component
class MappingPages {

	private final CompetenceManagement competence;

	private final SharingManagement sharing;

	private final TaxonomyManagement taxonomy;

	private final ProfileManagement profiles;

	MappingPages(CompetenceManagement competence, SharingManagement sharing, TaxonomyManagement taxonomy,
			ProfileManagement profiles) {
		this.competence = competence;
		this.sharing = sharing;
		this.taxonomy = taxonomy;
		this.profiles = profiles;
	}

	MappingPage page(PersonPrincipal user, SkillForm form, List<ConceptMatch> suggestions,
			@Nullable InvalidInputException error, Locale locale) {
		// No mapping (never started, or deleted in another tab): back to the start.
		var mapping = competence.mapping(user.personId()).orElseThrow(NoMappingYet::new);
		var uris = uris(mapping, form);
		var occupation = occupation(user, Language.of(locale));
		var typical = occupation.map(details -> typical(details, mapping)).orElse(List.of());
		var current = form.versionSeen() == mapping.version() ? form : new SkillForm(form.q(), form.uri(), form.level(),
				form.provenance(), form.reference(), form.evidenceDate(), form.strength(), mapping.version());
		return new MappingPage(mapping, taxonomy.byUris(uris, Language.of(locale)), current, suggestions, error,
				sharing.views(user.personId()), !sharing.grants(user.personId()).isEmpty(),
				occupation.map(details -> details.label().text()).orElse(null), typical);
	}

	/**
	 * Skills matching what was typed, groups left out.
	 * @param q what was typed
	 * @param locale the reader's locale
	 * @return the best matches first
	 */
	List<ConceptMatch> suggestions(@Nullable String q, Locale locale) {
		if (q == null || q.isBlank()) {
			return List.of();
		}
		return taxonomy.searchSkills(q.length() > 200 ? q.substring(0, 200) : q, Language.of(locale), 10)
			.stream()
			.filter(match -> match.kind() != ConceptKind.SKILL_GROUP)
			.toList();
	}

	private static Set<String> uris(Mapping mapping, SkillForm form) {
		var uris = new HashSet<String>();
		mapping.skills().forEach(skill -> uris.add(skill.skillUri()));
		mapping.targets().forEach(target -> uris.add(target.skillUri()));
		if (form.uri() != null && !form.uri().isBlank()) {
			uris.add(form.uri());
		}
		return uris;
	}

	private Optional<ConceptDetails> occupation(PersonPrincipal user, Language language) {
		var work = profiles.workProfile(user.personId());
		return work.occupationUri() == null ? Optional.<ConceptDetails>empty()
				: taxonomy.byUri(work.occupationUri(), language).flatMap(ref -> taxonomy.details(ref.id(), language));
	}

	private static List<ConceptRef> typical(ConceptDetails occupation, Mapping mapping) {
		var claimed = new HashSet<String>();
		mapping.skills().forEach(claim -> claimed.add(claim.skillUri()));
		return occupation.essentialSkills()
			.stream()
			.filter(ref -> ref.kind() != ConceptKind.SKILL_GROUP)
			.filter(ref -> !claimed.contains(ref.uri()))
			.limit(12)
			.toList();
	}

}
