package fi.osaamo.competence;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.Membership;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person shares of their mapping with the HR specialists of their companies, and
 * what those specialists see. A mapping is private until shared; sharing is per section
 * and may end on a date; every view is logged for the person to see.
 */
@Service
public class SharingManagement {

	private final JdbcClient jdbc;

	private final MappingRepository mappings;

	private final OrganisationManagement organisations;

	private final IdentityManagement identities;

	private final Clock clock;

	private final DevelopmentPlan plan;

	private final org.springframework.context.ApplicationEventPublisher events;

	SharingManagement(JdbcClient jdbc, MappingRepository mappings, OrganisationManagement organisations,
			IdentityManagement identities, Clock clock, DevelopmentPlan plan,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.plan = plan;
		this.jdbc = jdbc;
		this.mappings = mappings;
		this.organisations = organisations;
		this.identities = identities;
		this.clock = clock;
	}

	/**
	 * The companies a person may share with: those they belong to.
	 * @param person the person
	 * @return the memberships in companies, one per company
	 */
	public List<Membership> companiesOf(PersonId person) {
		var byCompany = new LinkedHashMap<OrganisationId, Membership>();
		organisations.membershipsOf(person)
			.stream()
			.filter(membership -> membership.organisationType() == OrganisationType.COMPANY)
			.forEach(membership -> byCompany.putIfAbsent(membership.organisationId(), membership));
		return List.copyOf(byCompany.values());
	}

	public List<Grant> grants(PersonId person) {
		return jdbc.sql("""
				select organisation_id, section, granted_at, expires_on, ended_on from competence.grant
				where person_id = :person order by organisation_id, section""")
			.param("person", person.value())
			.query((rs, row) -> new Grant(new OrganisationId(rs.getObject("organisation_id", UUID.class)),
					Section.valueOf(rs.getString("section")), rs.getTimestamp("granted_at").toInstant(),
					rs.getObject("expires_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class)))
			.list();
	}

	/**
	 * Sets what a person shares with one company: exactly these sections, until the date.
	 * An empty set revokes everything, also what the person granted a company they have
	 * left: every grant a person ever made stays theirs to remove.
	 * @param person who shares
	 * @param organisation with whom
	 * @param sections what
	 * @param expiresOn until when (inclusive), or until revoked
	 */
	@Transactional
	public void share(PersonId person, OrganisationId organisation, Set<Section> sections,
			@Nullable LocalDate expiresOn) {
		if (sections.isEmpty()) {
			revoke(person, organisation);
			return;
		}
		if (companiesOf(person).stream().noneMatch(company -> company.organisationId().equals(organisation))) {
			throw new InvalidInputException("organisation", "validation.notYourCompany");
		}
		if (expiresOn != null && expiresOn.isBefore(LocalDate.now(clock))) {
			throw new InvalidInputException("expiresOn", "validation.dateInPast");
		}
		if (!mappings.exists(person)) {
			throw new InvalidInputException("organisation", "validation.noMapping");
		}
		jdbc.sql("delete from competence.grant where person_id = :person and organisation_id = :organisation")
			.param("person", person.value())
			.param("organisation", organisation.value())
			.update();
		for (var section : sections) {
			jdbc.sql("""
					insert into competence.grant (person_id, organisation_id, section, expires_on)
					values (:person, :organisation, :section, :expires)""")
				.param("person", person.value())
				.param("organisation", organisation.value())
				.param("section", section.name())
				.param("expires", expiresOn == null ? null : Date.valueOf(expiresOn))
				.update();
		}
		events.publishEvent(new SharingChanged(person));
	}

	private void revoke(PersonId person, OrganisationId organisation) {
		jdbc.sql("delete from competence.grant where person_id = :person and organisation_id = :organisation")
			.param("person", person.value())
			.param("organisation", organisation.value())
			.update();
		events.publishEvent(new SharingChanged(person));
	}

	/**
	 * Who shares their skills with which organisations today.
	 * @return the organisations, by person
	 */
	public java.util.Map<PersonId, Set<OrganisationId>> skillSharing() {
		var sharing = new java.util.HashMap<PersonId, Set<OrganisationId>>();
		jdbc.sql("""
				select person_id, organisation_id from competence.grant
				where section = 'SKILLS' and ended_on is null and (expires_on is null or expires_on >= :today)""")
			.param("today", Date.valueOf(LocalDate.now(clock)))
			.query(rs -> {
				sharing
					.computeIfAbsent(new PersonId(rs.getObject("person_id", UUID.class)),
							id -> new java.util.HashSet<>())
					.add(new OrganisationId(rs.getObject("organisation_id", UUID.class)));
			});
		return sharing;
	}

	/**
	 * The organisations one person shares their skills with today.
	 * @param person the person
	 * @return the organisations
	 */
	public Set<OrganisationId> skillSharing(PersonId person) {
		return new java.util.HashSet<>(jdbc.sql("""
				select organisation_id from competence.grant
				where person_id = :person and section = 'SKILLS' and ended_on is null
				  and (expires_on is null or expires_on >= :today)""")
			.param("person", person.value())
			.param("today", Date.valueOf(LocalDate.now(clock)))
			.query((rs, row) -> new OrganisationId(rs.getObject("organisation_id", UUID.class)))
			.list());
	}

	/**
	 * The people who share something with an organisation today.
	 * @param organisation the organisation
	 * @return the people, by pseudonym
	 */
	public List<SharedPerson> sharedWith(OrganisationId organisation) {
		var rows = jdbc
			.sql("""
					select person_id, array_agg(section order by section) as sections, min(expires_on) as expires
					from competence.grant
					where organisation_id = :organisation and ended_on is null and (expires_on is null or expires_on >= :today)
					group by person_id""")
			.param("organisation", organisation.value())
			.param("today", Date.valueOf(LocalDate.now(clock)))
			.query((rs,
					row) -> new Object[] { new PersonId(rs.getObject("person_id", UUID.class)),
							Arrays.stream((String[]) rs.getArray("sections").getArray()).map(Section::valueOf).toList(),
							rs.getDate("expires") == null ? null : rs.getDate("expires").toLocalDate() })
			.list();
		var summaries = identities.summaries(rows.stream().map(row -> (PersonId) row[0]).toList());
		var people = new ArrayList<SharedPerson>();
		for (var row : rows) {
			var summary = summaries.get((PersonId) row[0]);
			if (summary != null) {
				@SuppressWarnings("unchecked")
				var sections = (List<Section>) row[1];
				people.add(new SharedPerson(summary.id(), summary.pseudonym(), sections, (LocalDate) row[2]));
			}
		}
		people.sort(java.util.Comparator.comparing(SharedPerson::pseudonym));
		return people;
	}

	/**
	 * Sections a person shares with an organisation today.
	 * @param organisation with whom
	 * @param person who
	 * @return the sections in force
	 */
	public Set<Section> activeSections(OrganisationId organisation, PersonId person) {
		var today = LocalDate.now(clock);
		var sections = EnumSet.noneOf(Section.class);
		grants(person).stream()
			.filter(grant -> grant.organisation().equals(organisation) && grant.activeOn(today))
			.forEach(grant -> sections.add(grant.section()));
		return sections;
	}

	/**
	 * A person's mapping as an HR specialist of an organisation may see it; the view is
	 * logged. Empty when the person shares nothing with the organisation (now).
	 * @param organisation for which organisation the viewer looks
	 * @param person whose mapping
	 * @param viewer who looks
	 * @return what may be seen
	 */
	@Transactional
	public Optional<SharedMapping> view(OrganisationId organisation, PersonId person, PersonId viewer) {
		return view(organisation, person, viewer, activeSections(organisation, person));
	}

	/**
	 * A person's mapping limited to sections, the view logged under the organisation.
	 */
	Optional<SharedMapping> view(OrganisationId organisation, PersonId person, PersonId viewer, Set<Section> sections) {
		var mapping = mappings.find(person);
		if (sections.isEmpty() || mapping.isEmpty()) {
			return Optional.empty();
		}
		var summary = identities.find(person).orElseThrow();
		var data = sections.contains(Section.IDENTITY)
				? identities.personalData(person, viewer, "shared competence mapping").orElse(null) : null;
		var skills = sections.contains(Section.SKILLS) ? mapping.get().skills() : List.<SkillClaim>of();
		if (!sections.contains(Section.STRENGTHS)) {
			skills = skills.stream()
				.map(claim -> new SkillClaim(claim.skillUri(), claim.level(), claim.provenance(), claim.reference(),
						claim.evidenceDate(), false))
				.toList();
		}
		jdbc.sql("""
				insert into competence.view_log (person_id, viewer_id, organisation_id, sections)
				values (:person, :viewer, :organisation, :sections)""")
			.param("person", person.value())
			.param("viewer", viewer.value())
			.param("organisation", organisation.value())
			.param("sections", sections.stream().map(Section::name).collect(Collectors.joining(",")))
			.update();
		var full = mapping.get();
		return Optional.of(new SharedMapping(person, summary.pseudonym(), data == null ? null : data.fullName(),
				data == null ? null : data.email(), data == null ? null : data.phone(), sections, skills,
				sections.contains(Section.STRENGTHS) ? full.strengths() : List.of(),
				sections.contains(Section.TARGETS) ? full.targets() : List.of(),
				sections.contains(Section.EDUCATION) ? full.education() : List.of(),
				sections.contains(Section.WORK_HISTORY) ? full.work() : List.of(),
				sections.contains(Section.DEVELOPMENT_PLAN) ? plan.items(person) : List.of(),
				sections.contains(Section.DEVELOPMENT_PLAN) ? plan.jobs(person, viewer) : List.of()));
	}

	/**
	 * Who has looked at a person's shared mapping.
	 * @param person whose
	 * @return the views, newest first
	 */
	public List<ViewLogEntry> views(PersonId person) {
		var rows = jdbc.sql("""
				select viewer_id, organisation_id, sections, viewed_at from competence.view_log
				where person_id = :person order by viewed_at desc, id desc limit 50""")
			.param("person", person.value())
			.query((rs,
					row) -> new Object[] { new PersonId(rs.getObject("viewer_id", UUID.class)),
							new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getString("sections"),
							rs.getTimestamp("viewed_at").toInstant() })
			.list();
		var viewers = identities.summaries(rows.stream().map(row -> (PersonId) row[0]).toList());
		return rows.stream().map(row -> {
			var viewer = viewers.get((PersonId) row[0]);
			var organisation = organisations.find((OrganisationId) row[1]);
			return new ViewLogEntry(viewer == null ? "–" : viewer.atWork(),
					organisation.map(found -> found.name()).orElse("–"),
					Arrays.stream(((String) row[2]).split(",")).map(Section::valueOf).toList(),
					(java.time.Instant) row[3]);
		}).toList();
	}

}
