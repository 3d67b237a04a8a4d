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
 * @param mayManage whether the viewer may change the branding and invite members
 * @param invitations the open invitations, for those who may manage
 * @param enteredColour the colour the viewer typed, kept after an error
 * @param error what was wrong with the last change
 * @param municipality the name of its municipality
 * @param industry the name of its industry
 * @param enteredUsername the user name typed in the invitation form, kept after an error
 * @param enteredRole the role chosen in the invitation form, kept after an error
 */
public record OrganisationDetailPage(Organisation organisation, List<Member> members, boolean showMembers,
		boolean mayManage, List<Invitation> invitations, @Nullable String enteredColour,
		@Nullable InvalidInputException error, @Nullable ClassificationCode municipality,
		@Nullable ClassificationCode industry, String enteredUsername, @Nullable Role enteredRole) {

	OrganisationDetailPage withEntered(String username, @Nullable Role role) {
		return new OrganisationDetailPage(organisation, members, showMembers, mayManage, invitations, enteredColour,
				error, municipality, industry, username, role);
	}

	/**
	 * The roles a member of this kind of organisation may hold.
	 * @return the roles
	 */
	public java.util.Set<Role> roles() {
		return organisation.type().roles();
	}

	public String colourValue() {
		if (enteredColour != null) {
			return enteredColour;
		}
		return organisation.primaryColour() == null ? "" : organisation.primaryColour();
	}

	public int logoMegabytes() {
		return LogoImage.MAX_MEGABYTES;
	}

	public int logoMaxSide() {
		return LogoImage.MAX_SIDE;
	}

	public boolean errorOn(String field) {
		return error != null && error.field().equals(field);
	}

}
