package fi.osaamo.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import fi.osaamo.coach.CoachManagement;
import fi.osaamo.coach.ImportRow;
import fi.osaamo.coach.NewApprenticeship;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo school's cohort of apprentices in the demo companies, imported as the school's
 * staff would import them: at Konepaja Kallio with demo-instructor, at Hitsaus ja Teräs
 * Virtanen with its own instructor and demo-company as supervisor, at Rantalan
 * Metallituote with an instructor of its own. Periods lie around the seeding day: some
 * ended, most under way, some about to start.
 */
@Component
@Order(11)
class DemoCoach implements ApplicationRunner {

	static final int APPRENTICES = 30;

	private static final String[] QUALIFICATIONS = { "Kone- ja tuotantotekniikan perustutkinto",
			"Tuotantotekniikan ammattitutkinto", "Kone- ja tuotantotekniikan perustutkinto, hitsauksen osaamisala" };

	private final DemoSeeder seeder;

	private final DemoPeople people;

	private final CoachManagement coach;

	private final OrganisationManagement organisations;

	private final IdentityManagement identities;

	private final Clock clock;

	DemoCoach(DemoSeeder seeder, DemoPeople people, CoachManagement coach, OrganisationManagement organisations,
			IdentityManagement identities, Clock clock) {
		this.seeder = seeder;
		this.people = people;
		this.coach = coach;
		this.organisations = organisations;
		this.identities = identities;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		var school = this.people.organisation(DemoRegion.SCHOOLS.get(0), OrganisationType.SCHOOL);
		var staff = this.people.person("demo-school");
		if (!this.seeder.enabled() || school.isEmpty() || staff.isEmpty()) {
			return;
		}
		this.coach.startRecommendedMatrix(school.get(), staff.get());
		if (this.coach.hasApprenticeships(school.get())) {
			return;
		}
		var workplaces = workplaces();
		if (workplaces.isEmpty()) {
			return;
		}
		this.coach.importApprenticeships(school.get(), staff.get(), rows(workplaces));
	}

	/** A company, its instructor's and supervisor's addresses. */
	private record Workplace(String businessId, String instructor, String supervisor) {
	}

	private List<Workplace> workplaces() {
		var workplaces = new ArrayList<Workplace>();
		workplace(0, "demo-instructor@demo.osaamo.invalid", "").ifPresent(workplaces::add);
		workplace(1, instructor(1, "Harri", "Hietanen"), "demo-company@demo.osaamo.invalid").ifPresent(workplaces::add);
		workplace(2, instructor(2, "Mirja", "Metsola"), "").ifPresent(workplaces::add);
		return workplaces;
	}

	private java.util.Optional<Workplace> workplace(int company, String instructor, String supervisor) {
		return company(company).flatMap(this.organisations::find)
			.filter(organisation -> organisation.businessId() != null)
			.map(organisation -> new Workplace(String.valueOf(organisation.businessId()), instructor, supervisor));
	}

	/** A workplace instructor without an account of their own yet. */
	private String instructor(int company, String given, String family) {
		var email = given.toLowerCase() + "." + family.toLowerCase() + "@demo.osaamo.invalid";
		company(company).ifPresent(id -> {
			var person = this.identities.register(new NewPerson(given, family, email, null));
			this.organisations.addMember(id, person.id(), Role.WORKPLACE_INSTRUCTOR);
		});
		return email;
	}

	private java.util.Optional<OrganisationId> company(int index) {
		return this.people.organisation(DemoRegion.COMPANIES.get(index)[0], OrganisationType.COMPANY);
	}

	private List<ImportRow> rows(List<Workplace> workplaces) {
		var random = new Random(2026);
		var today = LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Helsinki"));
		var rows = new ArrayList<ImportRow>();
		for (int i = 0; i < APPRENTICES; i++) {
			var workplace = workplaces.get(i % workplaces.size());
			var start = today.minusDays(150).plusDays(random.nextInt(180));
			var end = start.plusDays(90 + random.nextInt(120));
			rows.add(new ImportRow(i + 2, new NewApprenticeship("RAO-" + (24100 + i),
					DemoRegion.GIVEN_NAMES.get(random.nextInt(DemoRegion.GIVEN_NAMES.size())),
					DemoRegion.FAMILY_NAMES.get(random.nextInt(DemoRegion.FAMILY_NAMES.size())),
					String.format("+358 50 400 %04d", 100 + i), i % 10 == 3 ? "sv" : i % 15 == 7 ? "en" : "fi",
					workplace.businessId(), QUALIFICATIONS[i % QUALIFICATIONS.length], i < 15 ? "MET24A" : "MET25B",
					start.toString(), end.toString(), workplace.instructor(), workplace.supervisor(), "")));
		}
		return rows;
	}

}
