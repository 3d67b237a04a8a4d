package fi.osaamo.competence;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.Role;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.NotFoundException;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Assembles the page of a mapping shared with an HR specialist's company, with the
 * dialogues held with the person; the view is logged.
 */
@Component
class SharedMappingPages {

	private final SharingManagement sharing;

	private final OrganisationManagement organisations;

	private final TaxonomyManagement taxonomy;

	private final DialogueManagement dialogues;

	SharedMappingPages(SharingManagement sharing, OrganisationManagement organisations, TaxonomyManagement taxonomy,
			DialogueManagement dialogues) {
		this.sharing = sharing;
		this.organisations = organisations;
		this.taxonomy = taxonomy;
		this.dialogues = dialogues;
	}

	SharedMappingPage page(PersonPrincipal user, UUID organisation, UUID person, DialogueForm form,
			@Nullable InvalidInputException error, Locale locale) {
		var company = new OrganisationId(organisation);
		if (!organisations.hasRole(user.personId(), company, Role.HR)) {
			throw new NotFoundException("shared mapping");
		}
		var mapping = sharing.view(company, new PersonId(person), user.personId())
			.orElseThrow(() -> new NotFoundException("shared mapping"));
		return new SharedMappingPage(company, mapping, taxonomy.byUris(uris(mapping), Language.of(locale)),
				dialogues.dialogues(new PersonId(person), user.personId()), form, error);
	}

	private static Set<String> uris(SharedMapping mapping) {
		var uris = new HashSet<String>();
		mapping.skills().forEach(skill -> uris.add(skill.skillUri()));
		mapping.strengths().forEach(skill -> uris.add(skill.skillUri()));
		mapping.targets().forEach(target -> uris.add(target.skillUri()));
		return uris;
	}

}
