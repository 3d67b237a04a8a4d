package fi.osaamo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fi.osaamo.competence.CityOptIns;
import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.competence.Provenance;
import fi.osaamo.competence.Section;
import fi.osaamo.competence.SharingManagement;
import fi.osaamo.competence.SkillClaim;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.identity.PersonId;
import fi.osaamo.jobs.JobDraft;
import fi.osaamo.jobs.JobManagement;
import fi.osaamo.jobs.JobStatus;
import fi.osaamo.organisation.NewOrganisation;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route of Osaamo, as every role and anonymously, against the table kept beside
 * this test ({@code authorization-matrix.tsv}). The routes come from the handler
 * mappings, so a new route fails this test until the table says who may reach it. Each
 * row names a request for the route (placeholders such as {@code {company}} stand for
 * this test's own organisations and people, {@code {other...}} for another tenant's), and
 * the answer each principal must get: a status, with the path of a redirect. A role
 * differs from another only where the table says so, so a change in who may do what shows
 * up here.
 *
 * <p>
 * To see what every route answers now, run with
 * {@code -Dauthorization.matrix.record=true}: the observed table is written to
 * {@code target/authorization-matrix.tsv} for review (never copied over the kept one
 * unread).
 */
@IntegrationTest
class AuthorizationMatrixTests {

	static final String TABLE = "authorization-matrix.tsv";

	/** Who asks: anonymous, then one user per role, each in their own organisation. */
	enum Principal {

		ANONYMOUS, EMPLOYEE, HR, COMPANY_ADMIN, INSTRUCTOR, COMPANY_REP, GROWTH_TEAM, BOT_OWNER, EVALUATOR,
		SCHOOL_STAFF, PLATFORM_ADMIN

	}

	/** The matrix asks from an address of its own, so that no rate limit interferes. */
	static final String ADDRESS = "192.0.2.50";

	private static final Pattern UUIDS = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

	@Autowired
	MockMvc mvc;

	@Autowired
	List<RequestMappingInfoHandlerMapping> mappings;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	IdentityManagement identities;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	CompetenceManagement competence;

	@Autowired
	SharingManagement sharing;

	@Autowired
	CityOptIns talents;

	@Autowired
	JobManagement jobs;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyRouteAnswersEveryPrincipalAsTheTableSays() throws Exception {
		var table = Row.read(getClass().getResourceAsStream(TABLE));
		var routes = routes();
		var fixtures = fixtures();
		var sessions = sessions(fixtures);

		var problems = new ArrayList<String>();
		var known = new TreeSet<String>();
		table.forEach(row -> known.add(row.route()));
		routes.stream()
			.filter(route -> !known.contains(route))
			.forEach(route -> problems.add("Route missing from " + TABLE + ": " + route));
		table.stream()
			.filter(row -> !routes.contains(row.route()))
			.forEach(row -> problems.add("Row of " + TABLE + " has no route: " + row.route()));

		var observed = new ArrayList<Row>();
		var rows = new ArrayList<>(table);
		var record = Boolean.getBoolean("authorization.matrix.record");
		if (record) {
			routes.stream().filter(route -> !known.contains(route)).forEach(route -> {
				var parts = route.split(" ", 2);
				rows.add(new Row(parts[0], parts[1], guess(parts[0], parts[1]), new LinkedHashMap<>()));
			});
		}
		for (var row : ordered(rows)) {
			var answers = new LinkedHashMap<Principal, String>();
			for (var principal : Principal.values()) {
				var answer = answer(row, fixtures, sessions.get(principal));
				answers.put(principal, answer);
				var expected = row.expected().get(principal);
				if (!answer.equals(expected) && !(record && (expected == null || expected.equals("?")))) {
					problems.add("%s %s as %s: expected %s, got %s".formatted(row.method(), row.request(), principal,
							expected, answer));
				}
			}
			observed.add(new Row(row.method(), row.pattern(), (row.last() ? "!" : "") + row.request(), answers));
		}
		if (record) {
			Row.write(Path.of("target", TABLE), observed);
		}
		assertThat(problems).as("answers that differ from " + TABLE).isEmpty();
	}

	/** Every route as {@code METHOD pattern}, from the handler mappings. */
	private TreeSet<String> routes() {
		var routes = new TreeSet<String>();
		for (var mapping : mappings) {
			mapping.getHandlerMethods().keySet().forEach(info -> {
				var methods = info.getMethodsCondition().getMethods();
				for (var pattern : info.getPatternValues()) {
					if (methods.isEmpty()) {
						routes.add("GET " + pattern);
					}
					methods.forEach(method -> routes.add(method.name() + " " + pattern));
				}
			});
		}
		return routes;
	}

	/** A first request for a route the table does not have yet, to be reviewed. */
	private static String guess(String method, String pattern) {
		if (!method.equals("GET") && (pattern.endsWith("/delete") || method.equals("DELETE"))) {
			var deleted = pattern.equals("/account/delete") || pattern.equals("/competence/delete") ? pattern
					: guess("GET", pattern).replace("{job}", "{random}").replace("{article}", "{random}");
			return "!" + deleted;
		}
		if (pattern.startsWith("/opendata/sources/{id}/")) {
			return pattern.replace("{id}", "no-such-source");
		}
		var request = pattern.replace("{format:csv|xlsx}", "csv").replace("{id:[0-9a-f-]{36}}", "{id}");
		if (pattern.startsWith("/opendata/sources/")) {
			return request.replace("{id}", "prh-companies");
		}
		if (pattern.contains("/skills/{id}") || pattern.startsWith("/taxonomy/concepts/")) {
			return request.replace("{id}", "530cb489-d900-46ab-9350-4d50ccd49eea");
		}
		if (pattern.contains("/occupations/{id}")) {
			return request.replace("{id}", "7aedaa07-3884-4c5b-88f9-80997b2aa54b");
		}
		if (pattern.contains("jobs/{id}")) {
			request = request.replace("{id}", "{job}");
		}
		if (pattern.contains("studies/{id}")) {
			request = request.replace("{id}", "{study}");
		}
		if (pattern.contains("articles/{id}")) {
			request = request.replace("{id}", "{article}");
		}
		if (pattern.contains("organisations/{id}") || pattern.contains("branding/{id}")) {
			request = request.replace("{id}", "{company}");
		}
		return request.replace("{businessId}", "{registeredBusinessId}")
			.replace("{organisation}", "{company}")
			.replace("{person}", "{employee}")
			.replaceAll("\\{(id|invitation|need|referral|run|year|kind|target)}", "{random}");
	}

	/** Reading first, then changing, and what ends a principal's own data last of all. */
	private static List<Row> ordered(List<Row> table) {
		var rows = new ArrayList<Row>();
		table.stream().filter(row -> row.method().equals("GET")).forEach(rows::add);
		table.stream().filter(row -> !row.method().equals("GET") && !row.last()).forEach(rows::add);
		// Deleting one's account ends the sessions, so it comes last of all.
		table.stream().filter(row -> row.last() && !row.pattern().equals("/account/delete")).forEach(rows::add);
		table.stream().filter(row -> row.last() && row.pattern().equals("/account/delete")).forEach(rows::add);
		return rows;
	}

	private String answer(Row row, Map<String, String> fixtures, Cookie session) throws Exception {
		var target = fill(row.request(), fixtures);
		var body = "";
		var space = target.indexOf(' ');
		if (space > 0) {
			body = target.substring(space + 1);
			target = target.substring(0, space);
		}
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(row.method()), java.net.URI.create(target));
		// The query becomes the request's parameters, as a form's fields would.
		request = request.with(from()).header("Accept-Language", "en");
		if (!body.isEmpty()) {
			request = request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		if (!row.method().equals("GET")) {
			request = request.with(target.startsWith("/api/") ? csrf().asHeader() : csrf());
		}
		if (session != null) {
			request = request.cookie(session);
		}
		org.springframework.mock.web.MockHttpServletResponse response;
		try {
			response = mvc.perform(request).andReturn().getResponse();
		}
		catch (jakarta.servlet.ServletException ex) {
			// What the server would answer: MockMvc hands the failure over instead.
			return "500";
		}
		var status = Integer.toString(response.getStatus());
		var location = response.getRedirectedUrl();
		return location == null ? status : status + " " + normalised(location, fixtures);
	}

	private static String fill(String request, Map<String, String> fixtures) {
		Matcher matcher = PLACEHOLDER.matcher(request);
		var filled = new StringBuilder();
		while (matcher.find()) {
			var value = fixtures.get(matcher.group(1));
			if (value == null) {
				throw new IllegalArgumentException("No fixture for " + matcher.group() + " in " + request);
			}
			matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}

	/** A redirect's path with ids turned back into the placeholders they came from. */
	private static String normalised(String location, Map<String, String> fixtures) {
		var path = location.replaceAll("[?#].*$", "");
		for (var fixture : fixtures.entrySet()) {
			if (fixture.getValue().length() >= 9) {
				path = path.replace(fixture.getValue(), "{" + fixture.getKey() + "}");
			}
		}
		return UUIDS.matcher(path).replaceAll("{uuid}");
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from() {
		return request -> {
			request.setRemoteAddr(ADDRESS);
			return request;
		};
	}

	/**
	 * This test's own tenants and people: a company with an employee who shares their
	 * mapping with it and is visible to the city, another company with a job task, a
	 * city, a school; and the register's and the demo's public things.
	 */
	private Map<String, String> fixtures() {
		var suffix = UUID.randomUUID().toString().substring(0, 8);
		var company = organisations.create(new NewOrganisation(OrganisationType.COMPANY, "Matriisi Oy " + suffix,
				TestCompanies.businessId(), "092", "25"));
		var other = organisations.create(new NewOrganisation(OrganisationType.COMPANY, "Naapuri Oy " + suffix,
				TestCompanies.businessId(), "092", "25"));
		var city = organisations
			.create(new NewOrganisation(OrganisationType.CITY, "Matriisikaupunki " + suffix, null, "092", null));
		var school = organisations
			.create(new NewOrganisation(OrganisationType.SCHOOL, "Matriisiopisto " + suffix, null, "092", null));
		var fixtures = new LinkedHashMap<String, String>();
		fixtures.put("company", company.id().toString());
		fixtures.put("otherCompany", other.id().toString());
		fixtures.put("city", city.id().toString());
		fixtures.put("school", school.id().toString());
		// The school's message matrix has a query "status" to open in the editor.
		jdbc.sql("""
				insert into coach.matrix_version (school_id, version, queries, created_at, created_by)
				values (:school, 1, cast(:queries as jsonb), now(), :by)""")
			.param("school", school.id().value())
			.param("queries",
					"""
							[{"key": "status", "fromEnd": false, "days": 14, "everyDays": 14,
							  "text": {"fi": "Miten menee?", "sv": "Hur går det?", "en": "How is it going?"}, "options": []}]""")
			.param("by", UUID.randomUUID())
			.update();
		fixtures.put("random", UUID.randomUUID().toString());
		fixtures.put("registeredBusinessId",
				jdbc.sql("select business_id from companies.register_company order by business_id limit 1")
					.query(String.class)
					.single());
		fixtures.put("study",
				jdbc.sql("select id from studies.study order by id limit 1").query(String.class).single());
		fixtures.put("article", jdbc
			.sql("select id from content.article where organisation_id is null and published_at is not null "
					+ "order by id limit 1")
			.query(String.class)
			.single());
		fixtures.put("link", link());
		var hrOfOther = person("Naapuri", "Henkilöstö");
		organisations.addMember(other.id(), hrOfOther, Role.HR);
		fixtures.put("otherJob", jobs.create(hrOfOther, other.id(), draft()).id().toString());
		return fixtures;
	}

	/** The token of a text message's personal link, sent to a number that can stop. */
	private String link() {
		var bytes = new byte[16];
		new java.security.SecureRandom().nextBytes(bytes);
		var token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("""
				insert into messaging.sms (key, organisation_id, recipient_id, number_key, conversation, language,
				  text, encoding, parts, state, due_at, expires_at, submitted_at, link_token, link_expires_at)
				values (:key, :organisation, :recipient, :numberKey, 'matrix', 'fi', 'Matriisin viesti', 'GSM7', 1,
				  'DELIVERED', now(), now() + interval '1 day', now(), :token, now() + interval '30 days')""")
			.param("key", "matrix:" + token)
			.param("organisation", UUID.randomUUID())
			.param("recipient", UUID.randomUUID())
			.param("numberKey", "%064x".formatted(new java.math.BigInteger(1, bytes)))
			.param("token", token)
			.update();
		return token;
	}

	/**
	 * One signed-in session per role, each in this test's own organisation of its kind.
	 */
	private Map<Principal, Cookie> sessions(Map<String, String> fixtures) throws Exception {
		var company = new OrganisationId(UUID.fromString(fixtures.get("company")));
		var city = new OrganisationId(UUID.fromString(fixtures.get("city")));
		var school = new OrganisationId(UUID.fromString(fixtures.get("school")));
		var platform = organisations.list("", OrganisationType.PLATFORM, 0, 1).items().get(0).id();
		var sessions = new java.util.EnumMap<Principal, Cookie>(Principal.class);
		sessions.put(Principal.EMPLOYEE, employee(company, city, fixtures));
		sessions.put(Principal.HR, member(company, Role.HR, fixtures, "hr"));
		sessions.put(Principal.COMPANY_ADMIN, member(company, Role.ADMIN, fixtures, "companyAdmin"));
		sessions.put(Principal.INSTRUCTOR, member(company, Role.WORKPLACE_INSTRUCTOR, fixtures, "instructor"));
		sessions.put(Principal.COMPANY_REP, member(company, Role.COMPANY_REP, fixtures, "companyRep"));
		sessions.put(Principal.GROWTH_TEAM, member(city, Role.GROWTH_TEAM, fixtures, "growth"));
		sessions.put(Principal.BOT_OWNER, member(city, Role.BOT_OWNER, fixtures, "botOwner"));
		sessions.put(Principal.EVALUATOR, member(city, Role.EVALUATOR, fixtures, "evaluator"));
		sessions.put(Principal.SCHOOL_STAFF, member(school, Role.SCHOOL_STAFF, fixtures, "schoolStaff"));
		sessions.put(Principal.PLATFORM_ADMIN, member(platform, Role.ADMIN, fixtures, "platformAdmin"));
		fixtures.put("job", jobs.create(PersonId.of(fixtures.get("hr")), company, draft()).id().toString());
		return sessions;
	}

	private Cookie employee(OrganisationId company, OrganisationId city, Map<String, String> fixtures)
			throws Exception {
		var session = member(company, Role.EMPLOYEE, fixtures, "employee");
		var person = PersonId.of(fixtures.get("employee"));
		competence.start(person);
		competence.replace(person,
				List.of(new SkillClaim("http://data.europa.eu/esco/skill/530cb489-d900-46ab-9350-4d50ccd49eea", 4,
						Provenance.WORK, null, null, false)),
				List.of(), null, 0);
		sharing.share(person, company, EnumSet.of(Section.SKILLS), null);
		talents.open(person, city, EnumSet.of(Section.SKILLS), null, fi.osaamo.competence.TalentProfile.UNTOLD);
		return session;
	}

	private Cookie member(OrganisationId organisation, Role role, Map<String, String> fixtures, String name)
			throws Exception {
		var username = "matrix-" + name.toLowerCase(java.util.Locale.ROOT) + "-"
				+ UUID.randomUUID().toString().substring(0, 8);
		var person = person("Matriisi", name);
		identities.createLocalAccount(person, username, passwords.encode(SignIn.PASSWORD));
		organisations.addMember(organisation, person, role);
		fixtures.put(name, person.toString());
		return SignIn.as(mvc, username);
	}

	private PersonId person(String givenName, String familyName) {
		return identities.register(new NewPerson(givenName, familyName, null, null)).id();
	}

	private static JobDraft draft() {
		return new JobDraft("Matriisitehtävä", null, null, "Vantaa", null, null, null, JobStatus.OPEN, List.of());
	}

	/**
	 * A row of the table.
	 *
	 * @param method the HTTP method
	 * @param pattern the route's pattern
	 * @param request the request made: a path with placeholders, its query (sent as
	 * parameters) and, after a space, a JSON body; {@code !} first runs it after all
	 * others (it ends the principal's own data)
	 * @param expected the answer for each principal
	 */
	record Row(String method, String pattern, String request, Map<Principal, String> expected) {

		String route() {
			return method + " " + pattern;
		}

		boolean last() {
			return request.startsWith("!");
		}

		@Override
		public String request() {
			return request.startsWith("!") ? request.substring(1) : request;
		}

		static List<Row> read(java.io.InputStream in) throws IOException {
			assertThat(in).as(TABLE + " beside the test").isNotNull();
			var rows = new ArrayList<Row>();
			var lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
			for (var line : lines) {
				if (line.isBlank() || line.startsWith("#") || line.startsWith("method\t")) {
					continue;
				}
				var cells = line.split("\t", -1);
				if (cells.length != 3 + Principal.values().length) {
					throw new IllegalArgumentException(TABLE + ": wrong number of cells in " + line);
				}
				var expected = new LinkedHashMap<Principal, String>();
				for (var principal : Principal.values()) {
					expected.put(principal, cells[3 + principal.ordinal()].strip());
				}
				rows.add(new Row(cells[0], cells[1], cells[2], expected));
			}
			return rows;
		}

		static void write(Path file, List<Row> rows) throws IOException {
			var lines = new ArrayList<String>();
			lines.add("# Recorded by AuthorizationMatrixTests: review every answer before keeping it.");
			var header = new StringBuilder("method\tpattern\trequest");
			for (var principal : Principal.values()) {
				header.append('\t').append(principal);
			}
			lines.add(header.toString());
			var all = new ArrayList<>(rows);
			all.sort(java.util.Comparator.comparing(Row::pattern).thenComparing(Row::method));
			for (var row : all) {
				var line = new StringBuilder(row.method() + "\t" + row.pattern() + "\t" + row.request);
				row.expected().values().forEach(cell -> line.append('\t').append(cell));
				lines.add(line.toString());
			}
			Files.createDirectories(file.getParent());
			Files.write(file, lines);
		}

	}

}
