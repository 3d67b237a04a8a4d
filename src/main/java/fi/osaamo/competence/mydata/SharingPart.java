package fi.osaamo.competence.mydata;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import fi.osaamo.classification.ClassificationCode;
import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.competence.CityOptIns;
import fi.osaamo.competence.CityTalents;
import fi.osaamo.competence.CityVisibility;
import fi.osaamo.competence.ContactRequest;
import fi.osaamo.competence.Grant;
import fi.osaamo.competence.SharingManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.platform.Language;
import fi.osaamo.taxonomy.ConceptLabels;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.springframework.stereotype.Component;

/**
 * The My data page's part on sharing: what is shared with which organisation and who
 * looked, the visibility to a city's growth team and its requests to make contact; every
 * organisation by name, the occupation by its label and the municipality by its name.
 */
@Component
class SharingPart {

	private final SharingManagement sharing;

	private final CityOptIns optIns;

	private final CityTalents talents;

	private final OrganisationManagement organisations;

	private final TaxonomyManagement taxonomy;

	private final ClassificationManagement classifications;

	SharingPart(SharingManagement sharing, CityOptIns optIns, CityTalents talents, OrganisationManagement organisations,
			TaxonomyManagement taxonomy, ClassificationManagement classifications) {
		this.sharing = sharing;
		this.optIns = optIns;
		this.talents = talents;
		this.organisations = organisations;
		this.taxonomy = taxonomy;
		this.classifications = classifications;
	}

	MySharing of(PersonId person, Language language) {
		var names = new Names();
		return new MySharing(sharing.grants(person).stream().map(grant -> grant(grant, names)).toList(),
				sharing.views(person),
				optIns.visibility(person).map(visibility -> visibility(visibility, names, language)).orElse(null),
				talents.requestsTo(person).stream().map(request -> request(request, names)).toList());
	}

	private static MySharing.Grant grant(Grant grant, Names names) {
		return new MySharing.Grant(names.of(grant.organisation()), grant.section(), grant.grantedAt(),
				grant.expiresOn(), grant.endedOn());
	}

	private MySharing.Visibility visibility(CityVisibility visibility, Names names, Language language) {
		var profile = visibility.profile();
		var occupation = ConceptLabels.of(taxonomy, Collections.singletonList(profile.occupationUri()), language)
			.label(profile.occupationUri());
		var municipality = classifications.municipality(profile.municipality(), language)
			.map(ClassificationCode::name)
			.orElse(null);
		return new MySharing.Visibility(names.of(visibility.city()), visibility.sections().stream().sorted().toList(),
				visibility.expiresOn(), profile.situation(), municipality, occupation);
	}

	private static MySharing.Request request(ContactRequest request, Names names) {
		return new MySharing.Request(names.of(request.city()), request.message(), request.status(), request.createdAt(),
				request.answeredAt());
	}

	/** Organisations' names, each looked up once. */
	private final class Names {

		private final Map<OrganisationId, String> known = new HashMap<>();

		String of(OrganisationId organisation) {
			return known.computeIfAbsent(organisation,
					id -> organisations.find(id).map(found -> found.name()).orElse("–"));
		}

	}

}
