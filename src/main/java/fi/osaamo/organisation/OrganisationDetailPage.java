package fi.osaamo.organisation;

import java.util.List;

import fi.osaamo.classification.ClassificationCode;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * An organisation's page.
 *
 * @param organisation the organisation
 * @param members its members, if the viewer may see them
 * @param showMembers whether the viewer may see the members
 * @param mayManage whether the viewer may change the branding
 * @param enteredColour the colour the viewer typed, kept after an error
 * @param error what was wrong with the last change
 * @param municipality the name of its municipality
 * @param industry the name of its industry
 * @param enteredUsername the user name typed in the add-member form, kept after an error
 */
public record OrganisationDetailPage(Organisation organisation, List<Member> members, boolean showMembers,
		boolean mayManage, @Nullable String enteredColour, @Nullable InvalidInputException error,
		@Nullable ClassificationCode municipality, @Nullable ClassificationCode industry, String enteredUsername) {

	OrganisationDetailPage withEnteredUsername(String username) {
		return new OrganisationDetailPage(organisation, members, showMembers, mayManage, enteredColour, error,
				municipality, industry, username);
	}

	public Role[] roles() {
		return Role.values();
	}

	public String colourValue() {
		if (enteredColour != null) {
			return enteredColour;
		}
		return organisation.primaryColour() == null ? "" : organisation.primaryColour();
	}

	public boolean errorOn(String field) {
		return error != null && error.field().equals(field);
	}

}
