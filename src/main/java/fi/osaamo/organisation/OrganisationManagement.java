package fi.osaamo.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.NotFoundException;
import fi.osaamo.platform.LikePatterns;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations' API: creating them, their memberships and roles, and their branding.
 */
@Service
public class OrganisationManagement {

	static final int MAX_NAME = 200;

	private static final String COLUMNS = """
			id, type, name, business_id, municipality_code, industry_code, primary_colour,
			logo is not null as has_logo, version""";

	private final JdbcClient jdbc;

	private final ClassificationManagement classifications;

	private final OrganisationMemberships memberships;

	OrganisationManagement(JdbcClient jdbc, ClassificationManagement classifications,
			OrganisationMemberships memberships) {
		this.jdbc = jdbc;
		this.classifications = classifications;
		this.memberships = memberships;
	}

	/**
	 * Creates an organisation after checking its fields.
	 * @param organisation what to create
	 * @return the created organisation
	 */
	@Transactional
	public Organisation create(NewOrganisation organisation) {
		var name = checkedName(organisation.name());
		checkCodes(organisation);
		var id = new OrganisationId(UUID.randomUUID());
		insert(id, organisation, name);
		return require(id);
	}

	private static String checkedName(String name) {
		var stripped = name.strip();
		if (stripped.isEmpty()) {
			throw new InvalidInputException("name", "validation.required");
		}
		if (stripped.length() > MAX_NAME) {
			throw new InvalidInputException("name", "validation.tooLong", MAX_NAME);
		}
		return stripped;
	}

	private void checkCodes(NewOrganisation organisation) {
		if (organisation.type() == OrganisationType.COMPANY && organisation.businessId() == null) {
			throw new InvalidInputException("businessId", "validation.businessId.required");
		}
		if (organisation.municipalityCode() != null
				&& classifications.municipality(organisation.municipalityCode(), Language.FI).isEmpty()) {
			throw new InvalidInputException("municipalityCode", "validation.municipality");
		}
		if (organisation.industryCode() != null && (!organisation.industryCode().matches("\\d{2,5}")
				|| classifications.industry(organisation.industryCode(), Language.FI).isEmpty())) {
			throw new InvalidInputException("industryCode", "validation.industry");
		}
	}

	private void insert(OrganisationId id, NewOrganisation organisation, String name) {
		try {
			jdbc.sql(
					"""
							insert into organisation.organisation (id, type, name, business_id, municipality_code, industry_code)
							values (:id, :type, :name, :businessId, :municipality, :industry)""")
				.param("id", id.value())
				.param("type", organisation.type().name())
				.param("name", name)
				.param("businessId", organisation.businessId() == null ? null : organisation.businessId().value())
				.param("municipality", organisation.municipalityCode())
				.param("industry", organisation.industryCode())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("businessId", "validation.businessId.taken");
		}
	}

	public Optional<Organisation> find(OrganisationId id) {
		return jdbc.sql("select " + COLUMNS + " from organisation.organisation where id = :id")
			.param("id", id.value())
			.query(OrganisationManagement::organisation)
			.optional();
	}

	public Organisation require(OrganisationId id) {
		return find(id).orElseThrow(() -> new NotFoundException("organisation " + id));
	}

	public Optional<Organisation> findByBusinessId(BusinessId businessId) {
		return jdbc.sql("select " + COLUMNS + " from organisation.organisation where business_id = :businessId")
			.param("businessId", businessId.value())
			.query(OrganisationManagement::organisation)
			.optional();
	}

	/**
	 * The organisations of some business IDs, in one query.
	 * @param businessIds the business IDs
	 * @return the organisation of each ID that has one
	 */
	public Map<String, OrganisationId> idsByBusinessId(Collection<String> businessIds) {
		var ids = new HashMap<String, OrganisationId>();
		if (businessIds.isEmpty()) {
			return ids;
		}
		jdbc.sql("select id, business_id from organisation.organisation where business_id = any(:businessIds)")
			.param("businessIds", businessIds.toArray(String[]::new))
			.query((RowCallbackHandler) rs -> ids.put(rs.getString("business_id"),
					new OrganisationId(rs.getObject("id", UUID.class))));
		return ids;
	}

	/**
	 * Organisations by name, a page at a time.
	 * @param query part of the name, or empty for all
	 * @param type only this kind, or all kinds
	 * @param page the page, from 0
	 * @param size the page size
	 * @return the page
	 */
	public OrganisationPage list(String query, @Nullable OrganisationType type, int page, int size) {
		var pattern = LikePatterns.containing(query);
		var where = " where name ilike :pattern" + (type == null ? "" : " and type = :type");
		var count = jdbc.sql("select count(*) from organisation.organisation" + where).param("pattern", pattern);
		var items = jdbc
			.sql("select " + COLUMNS + " from organisation.organisation" + where
					+ " order by name, id limit :size offset :offset")
			.param("pattern", pattern);
		if (type != null) {
			count = count.param("type", type.name());
			items = items.param("type", type.name());
		}
		var total = count.query(Long.class).single();
		var list = items.param("size", size)
			.param("offset", (long) page * size)
			.query(OrganisationManagement::organisation)
			.list();
		return new OrganisationPage(list, page, size, total);
	}

	public long count() {
		return jdbc.sql("select count(*) from organisation.organisation").query(Long.class).single();
	}

	/**
	 * Gives a person a role in an organisation. The role must fit the organisation's kind
	 * ({@link OrganisationType#allows(Role)}). People join organisations they did not
	 * create by accepting an invitation; this is how an accepted invitation, the demo
	 * region and the operator's own set-up grant roles.
	 * @param organisation the organisation
	 * @param person the person
	 * @param role the role
	 */
	@Transactional
	public void addMember(OrganisationId organisation, PersonId person, Role role) {
		if (!require(organisation).type().allows(role)) {
			throw new InvalidInputException("role", "validation.role.notForType");
		}
		memberships.add(organisation, person, role);
	}

	/**
	 * Takes a role away. A manager cannot take away their own administrator role, so that
	 * no organisation is left without one by accident.
	 * @param organisation the organisation
	 * @param person whose role
	 * @param role the role
	 * @param actor who does it
	 */
	@Transactional
	public void removeMember(OrganisationId organisation, PersonId person, Role role, PersonId actor) {
		if (person.equals(actor) && role == Role.ADMIN) {
			throw new InvalidInputException("member", "validation.member.ownAdminRole");
		}
		memberships.remove(organisation, person, role);
	}

	@Transactional
	public void removeAllMemberships(PersonId person) {
		memberships.removeAll(person);
	}

	public List<Membership> membershipsOf(PersonId person) {
		return memberships.of(person);
	}

	/**
	 * The members of an organisation: staff by their work names, employees by pseudonym.
	 * @param organisation the organisation
	 * @return its members and their roles
	 */
	public List<Member> members(OrganisationId organisation) {
		return memberships.members(organisation);
	}

	/**
	 * Who holds a role in an organisation.
	 * @param organisation the organisation
	 * @param role the role
	 * @return the people
	 */
	public Set<PersonId> memberIds(OrganisationId organisation, Role role) {
		return memberships.ids(organisation, role);
	}

	/**
	 * Whether a person holds any of the roles in the organisation.
	 * @param person the person
	 * @param organisation the organisation
	 * @param roles the roles; none means any role
	 * @return whether they do
	 */
	public boolean hasRole(PersonId person, OrganisationId organisation, Role... roles) {
		return memberships.hasRole(person, organisation, roles);
	}

	public boolean isPlatformAdmin(PersonId person) {
		return membershipsOf(person).stream().anyMatch(Membership::isPlatformAdmin);
	}

	/**
	 * Changes an organisation's brand colour, refusing one that white text cannot be read
	 * on.
	 * @param organisation the organisation
	 * @param colour the colour as {@code #rrggbb}, or empty to use Osaamo's own
	 * @param version the version the editor saw
	 */
	@Transactional
	public void changeColour(OrganisationId organisation, @Nullable String colour, int version) {
		var value = checkedColour(colour);
		var updated = jdbc.sql("""
				update organisation.organisation set primary_colour = :colour, version = version + 1
				where id = :id and version = :version""")
			.param("colour", value)
			.param("id", organisation.value())
			.param("version", version)
			.update();
		if (updated == 0) {
			require(organisation);
			throw new InvalidInputException("version", "validation.staleVersion");
		}
	}

	private static @Nullable String checkedColour(@Nullable String colour) {
		var value = colour == null || colour.isBlank() ? null : colour.strip().toLowerCase(Locale.ROOT);
		if (value != null && !ColourContrast.isHexColour(value)) {
			throw new InvalidInputException("primaryColour", "validation.colour");
		}
		if (value != null && ColourContrast.againstWhite(value) < ColourContrast.MINIMUM) {
			throw new InvalidInputException("primaryColour", "validation.colour.contrast",
					String.format(Locale.ROOT, "%.1f", ColourContrast.againstWhite(value)), ColourContrast.MINIMUM);
		}
		return value;
	}

	/**
	 * The first company, city or school of a person that has a brand colour or logo.
	 * @param person the person
	 * @return that organisation
	 */
	public Optional<Organisation> brandedOrganisationOf(PersonId person) {
		return jdbc.sql("""
				select o.id, o.type, o.name, o.business_id, o.municipality_code, o.industry_code, o.primary_colour,
				       o.logo is not null as has_logo, o.version
				from organisation.organisation o join organisation.membership m on m.organisation_id = o.id
				where m.person_id = :person and o.type <> 'PLATFORM'
				  and (o.primary_colour is not null or o.logo is not null)
				order by o.name, o.id limit 1""")
			.param("person", person.value())
			.query(OrganisationManagement::organisation)
			.optional();
	}

	private static Organisation organisation(ResultSet rs, int row) throws SQLException {
		var businessId = rs.getString("business_id");
		return new Organisation(new OrganisationId(rs.getObject("id", UUID.class)),
				OrganisationType.valueOf(rs.getString("type")), rs.getString("name"),
				businessId == null ? null : new BusinessId(businessId), rs.getString("municipality_code"),
				rs.getString("industry_code"), rs.getString("primary_colour"), rs.getBoolean("has_logo"),
				rs.getInt("version"));
	}

}
