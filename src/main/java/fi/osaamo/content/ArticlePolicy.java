package fi.osaamo.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.Membership;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read and write which articles: everyone reads the region's published articles,
 * members read their organisation's; platform administrators write for the region and
 * organisation administrators for their organisation, and writers also read drafts.
 */
@Component
class ArticlePolicy {

	private final OrganisationManagement organisations;

	ArticlePolicy(OrganisationManagement organisations) {
		this.organisations = organisations;
	}

	/**
	 * Whom a person may write for: the region if a platform administrator, and each
	 * organisation they administer.
	 * @param writer the person
	 * @return the audiences, none if they may not write
	 */
	List<Audience> audiences(PersonId writer) {
		var audiences = new ArrayList<Audience>();
		var memberships = organisations.membershipsOf(writer);
		if (memberships.stream().anyMatch(Membership::isPlatformAdmin)) {
			audiences.add(new Audience(null, null));
		}
		audiences.addAll(administered(memberships));
		return audiences;
	}

	/** The organisations a person administers, other than the platform, each once. */
	private static List<Audience> administered(List<Membership> memberships) {
		var seen = new LinkedHashSet<OrganisationId>();
		return memberships.stream()
			.filter(membership -> membership.role() == Role.ADMIN
					&& membership.organisationType() != OrganisationType.PLATFORM)
			.filter(membership -> seen.add(membership.organisationId()))
			.map(membership -> new Audience(membership.organisationId(), membership.organisationName()))
			.toList();
	}

	/**
	 * Whom a writer may write for.
	 * @param writer the person
	 * @return the audiences, at least one
	 * @throws AccessDeniedException if they may not write
	 */
	List<Audience> requireWriter(PersonId writer) {
		var audiences = audiences(writer);
		if (audiences.isEmpty()) {
			throw new AccessDeniedException("not a writer");
		}
		return audiences;
	}

	boolean mayWrite(PersonId writer) {
		return !audiences(writer).isEmpty();
	}

	boolean mayWrite(PersonId writer, @Nullable OrganisationId audience) {
		return audiences(writer).stream().anyMatch(candidate -> Objects.equals(candidate.organisation(), audience));
	}

	void requireWriter(PersonId writer, @Nullable OrganisationId audience) {
		if (!mayWrite(writer, audience)) {
			throw new AccessDeniedException("may not write for " + audience);
		}
	}

	boolean mayRead(Article article, @Nullable PersonId reader) {
		if (article.published()) {
			return article.organisation() == null
					|| (reader != null && organisations.hasRole(reader, article.organisation()));
		}
		return reader != null && mayWrite(reader, article.organisation());
	}

	boolean isPlatformAdmin(PersonId person) {
		return organisations.isPlatformAdmin(person);
	}

	/**
	 * The organisations whose articles a reader may see beside the region's.
	 * @param reader who reads, or none for an anonymous visitor
	 * @return their ids
	 */
	UUID[] readable(@Nullable PersonId reader) {
		if (reader == null) {
			return new UUID[0];
		}
		return organisations.membershipsOf(reader)
			.stream()
			.map(membership -> membership.organisationId().value())
			.distinct()
			.toArray(UUID[]::new);
	}

	/**
	 * What a writer may edit: the region's articles and those of the organisations they
	 * administer.
	 * @param writer who writes
	 * @return the scope
	 */
	Scope writable(PersonId writer) {
		var audiences = audiences(writer);
		return new Scope(audiences.stream().anyMatch(audience -> audience.organisation() == null),
				audiences.stream()
					.map(Audience::organisation)
					.filter(Objects::nonNull)
					.map(OrganisationId::value)
					.toArray(UUID[]::new));
	}

	/**
	 * What a writer may edit.
	 *
	 * @param region whether the region's articles
	 * @param organisations the organisations whose articles
	 */
	record Scope(boolean region, UUID[] organisations) {
	}

}
