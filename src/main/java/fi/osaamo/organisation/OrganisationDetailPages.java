package fi.osaamo.organisation;

import java.util.List;
import java.util.Locale;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Assembles an organisation's page, which the organisation, branding and member
 * controllers all render.
 */
@Component
class OrganisationDetailPages {

	private final OrganisationManagement organisations;

	private final OrganisationAccess access;

	private final ClassificationManagement classifications;

	private final Invitations invitations;

	OrganisationDetailPages(OrganisationManagement organisations, OrganisationAccess access,
			ClassificationManagement classifications, Invitations invitations) {
		this.organisations = organisations;
		this.access = access;
		this.classifications = classifications;
		this.invitations = invitations;
	}

	OrganisationDetailPage detail(PersonPrincipal user, OrganisationId id, @Nullable String colour,
			@Nullable InvalidInputException error, Locale locale) {
		var organisation = organisations.require(id);
		var language = Language.of(locale);
		var showMembers = access.maySeeMembers(user, id);
		var mayManage = access.mayManage(user, id);
		return new OrganisationDetailPage(organisation, showMembers ? organisations.members(id) : List.of(),
				showMembers, mayManage, mayManage ? invitations.ofOrganisation(id) : List.of(), colour, error,
				classifications.municipality(organisation.municipalityCode(), language).orElse(null),
				classifications.industry(organisation.industryCode(), language).orElse(null), "", null);
	}

	/** Renders an organisation's page, as after a refused change. */
	static String render(Model model, OrganisationDetailPage page) {
		model.addAttribute("page", page);
		return "organisation/detail";
	}

}
