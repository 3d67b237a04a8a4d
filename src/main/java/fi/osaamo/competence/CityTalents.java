package fi.osaamo.competence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.PersonalData;
import fi.osaamo.messaging.EmailRequested;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Talents a city's growth team may find: people who opted in to being visible to the city
 * (job seekers, and employees open to opportunities). The team sees them by pseudonym and
 * only the sections opened; every look at one is logged for the person to see; contact
 * details are given only when the person approves a contact request.
 */
@Service
public class CityTalents {

	private final JdbcClient jdbc;

	private final MappingRepository mappings;

	private final SharingManagement sharing;

	private final OrganisationManagement organisations;

	private final IdentityManagement identities;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	CityTalents(JdbcClient jdbc, MappingRepository mappings, SharingManagement sharing,
			OrganisationManagement organisations, IdentityManagement identities, ApplicationEventPublisher events,
			MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.mappings = mappings;
		this.sharing = sharing;
		this.organisations = organisations;
		this.identities = identities;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The cities a person may open their mapping to.
	 * @return the city organisations by name
	 */
	public List<fi.osaamo.organisation.Organisation> cities() {
		return organisations.list("", OrganisationType.CITY, 0, 100).items();
	}

	/**
	 * A person's opt-in, if in force.
	 * @param person who
	 * @return the opt-in
	 */
	public Optional<CityVisibility> visibility(PersonId person) {
		return jdbc.sql("""
				select city_id, sections, expires_on from competence.city_visibility
				where person_id = :person and (expires_on is null or expires_on >= :today)""")
			.param("person", person.value())
			.param("today", Date.valueOf(LocalDate.now(clock)))
			.query((rs, row) -> new CityVisibility(new OrganisationId(rs.getObject("city_id", UUID.class)),
					sections(rs.getString("sections")),
					rs.getDate("expires_on") == null ? null : rs.getDate("expires_on").toLocalDate()))
			.optional();
	}

	/**
	 * Which of some people are visible to a city's growth team today.
	 * @param city the city organisation
	 * @param people the people
	 * @return those visible
	 */
	public java.util.Set<PersonId> visibleAmong(OrganisationId city, java.util.Collection<PersonId> people) {
		if (people.isEmpty()) {
			return java.util.Set.of();
		}
		return new java.util.HashSet<>(jdbc.sql("""
				select person_id from competence.city_visibility
				where city_id = :city and person_id = any(:people) and (expires_on is null or expires_on >= :today)""")
			.param("city", city.value())
			.param("people", people.stream().map(PersonId::value).toArray(UUID[]::new))
			.param("today", Date.valueOf(LocalDate.now(clock)))
			.query((rs, row) -> new PersonId(rs.getObject("person_id", UUID.class)))
			.list());
	}

	/**
	 * The city each person is visible to today, for the matching index.
	 * @return the city by person
	 */
	public java.util.Map<PersonId, OrganisationId> visibleCities() {
		var cities = new java.util.HashMap<PersonId, OrganisationId>();
		jdbc.sql("""
				select person_id, city_id from competence.city_visibility
				where (expires_on is null or expires_on >= :today) and sections like '%SKILLS%'""")
			.param("today", Date.valueOf(LocalDate.now(clock)))
			.query(rs -> {
				cities.put(new PersonId(rs.getObject("person_id", UUID.class)),
						new OrganisationId(rs.getObject("city_id", UUID.class)));
			});
		return cities;
	}

	/**
	 * Opens a person's mapping to a city's growth team, or withdraws it with no sections.
	 * @param person who
	 * @param city the city organisation
	 * @param sections what the team may see; skills are needed to be found
	 * @param expiresOn until when, or until withdrawn
	 */
	@Transactional
	public void open(PersonId person, OrganisationId city, Set<Section> sections, @Nullable LocalDate expiresOn) {
		jdbc.sql("delete from competence.city_visibility where person_id = :person")
			.param("person", person.value())
			.update();
		if (sections.isEmpty()) {
			events.publishEvent(new SharingChanged(person));
			return;
		}
		if (!mappings.exists(person)) {
			throw new InvalidInputException("city", "validation.noMapping");
		}
		if (organisations.find(city).filter(found -> found.type() == OrganisationType.CITY).isEmpty()) {
			throw new InvalidInputException("city", "validation.choose");
		}
		if (!CityVisibility.OFFERED.containsAll(sections)) {
			throw new InvalidInputException("sections", "validation.choose");
		}
		if (!sections.contains(Section.SKILLS)) {
			throw new InvalidInputException("sections", "talents.visibility.skillsNeeded");
		}
		if (expiresOn != null && expiresOn.isBefore(LocalDate.now(clock))) {
			throw new InvalidInputException("expiresOn", "validation.dateInPast");
		}
		jdbc.sql("""
				insert into competence.city_visibility (person_id, city_id, sections, expires_on)
				values (:person, :city, :sections, :expires)""")
			.param("person", person.value())
			.param("city", city.value())
			.param("sections", sections.stream().map(Section::name).sorted().collect(Collectors.joining(",")))
			.param("expires", expiresOn == null ? null : Date.valueOf(expiresOn))
			.update();
		events.publishEvent(new SharingChanged(person));
	}

	/**
	 * Talents of a city with any of the skills at a level or above: those with most of
	 * the primary skills first, then most skills matched, then the highest levels.
	 * @param city the city organisation
	 * @param skills the skills searched
	 * @param primary the skills searched for (the others being related ones)
	 * @param minLevel the lowest level that counts
	 * @param among only these people, a company's employees, or {@code null} for anyone;
	 * since the search then tells where they work, only those who opened their work
	 * history to the city are found
	 * @param page the page, from 0
	 * @param size its size
	 * @return the page of talents and how many there are in all
	 */
	public TalentPage search(OrganisationId city, Collection<String> skills, Collection<String> primary, int minLevel,
			@Nullable Collection<PersonId> among, int page, int size) {
		if (skills.isEmpty() || (among != null && among.isEmpty())) {
			return new TalentPage(List.of(), 0);
		}
		var rows = jdbc.sql(among(among, """
				select s.person_id, array_agg(s.skill_uri order by s.level desc, s.skill_uri) as uris,
				       array_agg(s.level order by s.level desc, s.skill_uri) as levels, count(*) over () as total
				from competence.skill s join competence.city_visibility v on v.person_id = s.person_id
				where v.city_id = :city and (v.expires_on is null or v.expires_on >= :today)
				  and v.sections like '%SKILLS%' and s.skill_uri = any(:skills) and s.level >= :minLevel /* among */
				group by s.person_id
				order by count(*) filter (where s.skill_uri = any(:primary)) desc, count(*) desc, sum(s.level) desc,
				         s.person_id
				limit :size offset :offset"""))
			.param("among", ids(among))
			.param("city", city.value())
			.param("today", Date.valueOf(LocalDate.now(clock)))
			.param("skills", skills.toArray(String[]::new))
			.param("primary", primary.toArray(String[]::new))
			.param("minLevel", minLevel)
			.param("size", size)
			.param("offset", (long) page * size)
			.query((rs, row) -> row(rs))
			.list();
		var pseudonyms = identities.summaries(rows.stream().map(Row::person).toList());
		var talents = new ArrayList<TalentMatch>();
		for (var row : rows) {
			var summary = pseudonyms.get(row.person());
			if (summary != null) {
				talents.add(new TalentMatch(row.person(), summary.pseudonym(), row.skills()));
			}
		}
		return new TalentPage(talents,
				rows.isEmpty() ? countAll(city, skills, minLevel, among, page) : rows.get(0).total());
	}

	/**
	 * A talent's mapping within what they opened to the city; the view is logged for them
	 * to see.
	 * @param city the viewer's city organisation
	 * @param person the talent
	 * @param viewer a growth-team member of the city
	 * @return what may be seen; empty if the person is not visible to the city
	 */
	@Transactional
	public Optional<SharedMapping> view(OrganisationId city, PersonId person, PersonId viewer) {
		return visibility(person).filter(visible -> visible.city().equals(city))
			.flatMap(visible -> sharing.view(city, person, viewer, EnumSet.copyOf(visible.sections())));
	}

	/**
	 * Asks a talent for contact; they get an e-mail and answer on their sharing page.
	 * @param city the requester's city organisation
	 * @param person the talent, visible to the city
	 * @param requester who asks
	 * @param message why, in a few words
	 * @return the request's id
	 */
	@Transactional
	public UUID requestContact(OrganisationId city, PersonId person, PersonId requester, String message) {
		if (visibility(person).filter(visible -> visible.city().equals(city)).isEmpty()) {
			throw new NotFoundException("talent " + person);
		}
		var text = message == null ? "" : message.strip();
		if (text.isEmpty()) {
			throw new InvalidInputException("message", "validation.required");
		}
		if (text.length() > 1000) {
			throw new InvalidInputException("message", "validation.tooLong", 1000);
		}
		var id = UUID.randomUUID();
		try {
			jdbc.sql("""
					insert into competence.contact_request (id, person_id, city_id, requester_id, message, status)
					values (:id, :person, :city, :requester, :message, 'PENDING')""")
				.param("id", id)
				.param("person", person.value())
				.param("city", city.value())
				.param("requester", requester.value())
				.param("message", text)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("message", "talents.contact.pending");
		}
		var cityName = organisations.find(city).map(found -> found.name()).orElse("");
		var subject = new StringBuilder();
		var body = new StringBuilder();
		for (var language : List.of("fi", "sv", "en")) {
			var locale = Locale.forLanguageTag(language);
			subject.append(subject.isEmpty() ? "" : " | ")
				.append(messages.getMessage("talents.contact.mailSubject", null, locale));
			body.append(messages.getMessage("talents.contact.mailText", new Object[] { cityName }, locale))
				.append("\n\n");
		}
		events.publishEvent(
				new EmailRequested("contact-request:" + id, person, subject.toString(), body.append(text).toString()));
		return id;
	}

	/**
	 * A talent's contact requests, newest first.
	 * @param person the talent
	 * @return the requests
	 */
	public List<ContactRequest> requestsTo(PersonId person) {
		return jdbc.sql("""
				select id, person_id, city_id, requester_id, message, status, created_at, answered_at
				from competence.contact_request where person_id = :person order by created_at desc limit 100""")
			.param("person", person.value())
			.query((rs, row) -> request(rs))
			.list();
	}

	/**
	 * The latest request of a team member to a talent.
	 * @param city the city organisation
	 * @param person the talent
	 * @param requester the team member
	 * @return the request, if any
	 */
	public Optional<ContactRequest> latestRequest(OrganisationId city, PersonId person, PersonId requester) {
		return jdbc.sql("""
				select id, person_id, city_id, requester_id, message, status, created_at, answered_at
				from competence.contact_request
				where person_id = :person and city_id = :city and requester_id = :requester
				order by created_at desc limit 1""")
			.param("person", person.value())
			.param("city", city.value())
			.param("requester", requester.value())
			.query((rs, row) -> request(rs))
			.optional();
	}

	/**
	 * The talent answers a request.
	 * @param person the talent
	 * @param request the request
	 * @param approve whether they approve
	 */
	@Transactional
	public void answer(PersonId person, UUID request, boolean approve) {
		var changed = jdbc.sql("""
				update competence.contact_request set status = :status, answered_at = now()
				where id = :id and person_id = :person and status = 'PENDING'""")
			.param("status", approve ? "APPROVED" : "DECLINED")
			.param("id", request)
			.param("person", person.value())
			.update();
		if (changed == 0) {
			throw new NotFoundException("contact request " + request);
		}
	}

	/**
	 * A talent's contact details for the team member whose request they approved; the
	 * look is logged in the identity vault.
	 * @param city the city organisation
	 * @param person the talent
	 * @param requester the team member
	 * @return the details, if a request of theirs is approved
	 */
	public Optional<PersonalData> contactDetails(OrganisationId city, PersonId person, PersonId requester) {
		return latestRequest(city, person, requester)
			.filter(request -> request.status() == ContactRequest.Status.APPROVED)
			.flatMap(request -> identities.personalData(person, requester, "approved contact request"));
	}

	private long countAll(OrganisationId city, Collection<String> skills, int minLevel,
			@Nullable Collection<PersonId> among, int page) {
		if (page == 0) {
			return 0;
		}
		return jdbc.sql(among(among,
				"""
						select count(distinct s.person_id)
						from competence.skill s join competence.city_visibility v on v.person_id = s.person_id
						where v.city_id = :city and (v.expires_on is null or v.expires_on >= :today)
						  and v.sections like '%SKILLS%' and s.skill_uri = any(:skills) and s.level >= :minLevel /* among */"""))
			.param("among", ids(among))
			.param("city", city.value())
			.param("today", Date.valueOf(LocalDate.now(clock)))
			.param("skills", skills.toArray(String[]::new))
			.param("minLevel", minLevel)
			.query(Long.class)
			.single();
	}

	private static String among(@Nullable Collection<PersonId> among, String sql) {
		return sql.replace("/* among */",
				among == null ? "" : "and s.person_id = any(:among) and v.sections like '%WORK_HISTORY%'");
	}

	private static UUID[] ids(@Nullable Collection<PersonId> people) {
		return people == null ? new UUID[0] : people.stream().map(PersonId::value).toArray(UUID[]::new);
	}

	private static Set<Section> sections(String text) {
		var sections = EnumSet.noneOf(Section.class);
		Arrays.stream(text.split(",")).filter(value -> !value.isBlank()).map(Section::valueOf).forEach(sections::add);
		return sections;
	}

	private static Row row(ResultSet rs) throws SQLException {
		var uris = (String[]) rs.getArray("uris").getArray();
		var levels = (Object[]) rs.getArray("levels").getArray();
		var skills = new ArrayList<TalentMatch.SkillLevel>();
		for (var i = 0; i < uris.length; i++) {
			skills.add(new TalentMatch.SkillLevel(uris[i], ((Number) levels[i]).intValue()));
		}
		return new Row(new PersonId(rs.getObject("person_id", UUID.class)), List.copyOf(skills), rs.getLong("total"));
	}

	private static ContactRequest request(ResultSet rs) throws SQLException {
		var answered = rs.getTimestamp("answered_at");
		return new ContactRequest(rs.getObject("id", UUID.class), new PersonId(rs.getObject("person_id", UUID.class)),
				new OrganisationId(rs.getObject("city_id", UUID.class)),
				new PersonId(rs.getObject("requester_id", UUID.class)), rs.getString("message"),
				ContactRequest.Status.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
				answered == null ? null : answered.toInstant());
	}

	private record Row(PersonId person, List<TalentMatch.SkillLevel> skills, long total) {
	}

	/**
	 * A page of talents.
	 *
	 * @param talents the talents on the page
	 * @param total how many there are in all
	 */
	public record TalentPage(List<TalentMatch> talents, long total) {
	}

}
