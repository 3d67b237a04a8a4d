package fi.osaamo.organisation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The organisations page: all of them for platform administrators, one's own for others.
 *
 * @param admin whether the viewer administers the platform
 * @param query the name search
 * @param type the kind filter
 * @param result the page of organisations, for administrators
 * @param memberships the viewer's own organisations, for others
 * @param invitations the open invitations to the viewer
 */
public record OrganisationListPage(boolean admin, String query, @Nullable OrganisationType type,
		@Nullable OrganisationPage result, List<Membership> memberships, List<Invitation> invitations) {

	public OrganisationType[] types() {
		return OrganisationType.values();
	}

	public String pageLink(int page) {
		return "/organisations?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8)
				+ (type == null ? "" : "&type=" + type) + "&page=" + page;
	}

}
