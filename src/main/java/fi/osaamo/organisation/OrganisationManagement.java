package fi.osaamo.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.WorkNames;
import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.NotFoundException;
import fi.osaamo.platform.LikePatterns;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
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

	private final IdentityManagement identities;

	private final WorkNames workNames;

	private final ClassificationManagement classifications;

	private final ApplicationEventPublisher events;

	OrganisationManagement(JdbcClient jdbc, IdentityManagement identities, WorkNames workNames,
			ClassificationManagement classifications, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.workNames = workNames;
		this.identities = identities;
		this.classifications = classifications;
		this.events = events;
	}

	/**
	 * Creates an organisation after checking its fields.
	 * @param organisation what to create
	 * @return the created organisation
	 */
	@Transactional
	public Organisation create(NewOrganisation organisation) {
		var name = organisation.name().strip();
		if (name.isEmpty()) {
			throw new InvalidInputException("name", "validation.required");
		}
		if (name.length() > MAX_NAME) {
			throw new InvalidInputException("name", "validation.tooLong", MAX_NAME);
		}
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
		var id = new OrganisationId(UUID.randomUUID());
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
		return require(id);
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
	public java.util.Map<String, OrganisationId> idsByBusinessId(java.util.Collection<String> businessIds) {
		var ids = new java.util.HashMap<String, OrganisationId>();
		if (businessIds.isEmpty()) {
			return ids;
		}
		jdbc.sql("select id, business_id from organisation.organisation where business_id = any(:businessIds)")
			.param("businessIds", businessIds.toArray(String[]::new))
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> ids.put(rs.getString("business_id"),
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
		jdbc.sql(
				"""
						insert into organisation.membership (organisation_id, person_id, role) values (:organisation, :person, :role)
						on conflict do nothing""")
			.param("organisation", organisation.value())
			.param("person", person.value())
			.param("role", role.name())
			.update();
		if (role.professional()) {
			workNames.adoptRecordedName(person);
		}
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
		jdbc.sql(
				"delete from organisation.membership where organisation_id = :organisation and person_id = :person and role = :role")
			.param("organisation", organisation.value())
			.param("person", person.value())
			.param("role", role.name())
			.update();
		if (!hasRole(person, organisation)) {
			events.publishEvent(new LeftOrganisation(person, organisation));
		}
	}

	@Transactional
	public void removeAllMemberships(PersonId person) {
		jdbc.sql("delete from organisation.membership where person_id = :person")
			.param("person", person.value())
			.update();
	}

	public List<Membership> membershipsOf(PersonId person) {
		return jdbc.sql("""
				select o.id, o.name, o.type, m.role from organisation.membership m
				join organisation.organisation o on o.id = m.organisation_id
				where m.person_id = :person order by o.name, m.role""")
			.param("person", person.value())
			.query((rs, row) -> new Membership(new OrganisationId(rs.getObject("id", UUID.class)), rs.getString("name"),
					OrganisationType.valueOf(rs.getString("type")), Role.valueOf(rs.getString("role"))))
			.list();
	}

	/**
	 * The members of an organisation: staff by their work names, employees by pseudonym.
	 * @param organisation the organisation
	 * @return its members and their roles
	 */
	public List<Member> members(OrganisationId organisation) {
		var rows = jdbc.sql("select person_id, role from organisation.membership where organisation_id = :organisation")
			.param("organisation", organisation.value())
			.query((rs,
					row) -> new Object[] { new PersonId(rs.getObject("person_id", UUID.class)),
							Role.valueOf(rs.getString("role")) })
			.list();
		var summaries = identities.summaries(rows.stream().map(row -> (PersonId) row[0]).toList());
		return rows.stream()
			.filter(row -> summaries.containsKey((PersonId) row[0]))
			.map(row -> member(summaries.get((PersonId) row[0]), (Role) row[1]))
			.sorted(java.util.Comparator.comparing(Member::name).thenComparing(Member::role))
			.toList();
	}

	private static Member member(fi.osaamo.identity.PersonSummary summary, Role role) {
		return new Member(summary.id(), summary.pseudonym(),
				role.professional() ? summary.atWork() : summary.pseudonym(), role);
	}

	/**
	 * Who holds a role in an organisation.
	 * @param organisation the organisation
	 * @param role the role
	 * @return the people
	 */
	public Set<PersonId> memberIds(OrganisationId organisation, Role role) {
		return new HashSet<>(jdbc
			.sql("select person_id from organisation.membership where organisation_id = :organisation and role = :role")
			.param("organisation", organisation.value())
			.param("role", role.name())
			.query((rs, row) -> new PersonId(rs.getObject("person_id", UUID.class)))
			.list());
	}

	/**
	 * Whether a person holds any of the roles in the organisation.
	 * @param person the person
	 * @param organisation the organisation
	 * @param roles the roles; none means any role
	 * @return whether they do
	 */
	public boolean hasRole(PersonId person, OrganisationId organisation, Role... roles) {
		var names = roles.length == 0 ? Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new)
				: Arrays.stream(roles).map(Role::name).toArray(String[]::new);
		return jdbc.sql("""
				select exists (select 1 from organisation.membership
				where person_id = :person and organisation_id = :organisation and role = any(:roles))""")
			.param("person", person.value())
			.param("organisation", organisation.value())
			.param("roles", names)
			.query(Boolean.class)
			.single();
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
		var value = colour == null || colour.isBlank() ? null : colour.strip().toLowerCase(java.util.Locale.ROOT);
		if (value != null && !ColourContrast.isHexColour(value)) {
			throw new InvalidInputException("primaryColour", "validation.colour");
		}
		if (value != null && ColourContrast.againstWhite(value) < ColourContrast.MINIMUM) {
			throw new InvalidInputException("primaryColour", "validation.colour.contrast",
					String.format(java.util.Locale.ROOT, "%.1f", ColourContrast.againstWhite(value)),
					ColourContrast.MINIMUM);
		}
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
