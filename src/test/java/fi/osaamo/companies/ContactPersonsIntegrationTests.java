package fi.osaamo.companies;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import fi.osaamo.IntegrationTest;
import fi.osaamo.TestCompanies;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.NewOrganisation;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.NotFoundException;
import fi.osaamo.platform.StaleVersionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Contact persons and corrections of the contact log and needs against the real database:
 * details checked all at once, phone numbers kept in E.164, consent that the bot's
 * reading respects, teams apart, and stale versions refused.
 */
@IntegrationTest
class ContactPersonsIntegrationTests {

	@Autowired
	ContactPersons persons;

	@Autowired
	ContactLog log;

	@Autowired
	AccountManagement accounts;

	@Autowired
	NeedManagement needs;

	@Autowired
	NeedChanges needChanges;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	IdentityManagement identities;

	OrganisationId team;

	PersonId member;

	CompanyRef company;

	@BeforeEach
	void team() {
		team = city("Yhteyslä");
		member = member(team, Role.GROWTH_TEAM);
		company = new CompanyRef(TestCompanies.businessId().value(), "Yhteystesti Oy", "25110");
	}

	@Test
	void aPersonIsAddedWithThePhoneInE164AndChangedOnceWithTheVersionSeen() {
		var id = persons.add(team, company, person("Laura Laine", "040 123 4567", "laura.laine@yhteystesti.fi",
				Set.of(ConsentScope.TEAM_CONTACT), LocalDate.now().minusDays(3)), member);

		var added = persons.findPerson(team, company.businessId(), id).orElseThrow();
		assertThat(added.phone()).isEqualTo("+358401234567");
		assertThat(added.phoneShown()).isEqualTo("+358 40 1234567");
		assertThat(added.consents(ConsentScope.TEAM_CONTACT)).isTrue();
		assertThat(added.consents(ConsentScope.BOT_OUTREACH)).isFalse();
		assertThat(added.source()).isEqualTo(ContactSource.TEAM);

		persons.change(team, company.businessId(), id,
				person("Laura Laine-Berg", "+46 8 123 456 78", null, Set.of(), LocalDate.now()), added.version(),
				member);
		var changed = persons.findPerson(team, company.businessId(), id).orElseThrow();
		assertThat(changed.name()).isEqualTo("Laura Laine-Berg");
		assertThat(changed.phone()).isEqualTo("+46812345678");
		assertThat(changed.email()).isNull();
		// Without consent no day of consent is kept.
		assertThat(changed.consentedOn()).isNull();

		assertThatThrownBy(() -> persons.change(team, company.businessId(), id,
				person("Toinen", null, null, Set.of(), null), added.version(), member))
			.isInstanceOf(StaleVersionException.class);
		assertThat(persons.persons(team, company.businessId())).extracting(ContactPerson::name)
			.containsExactly("Laura Laine-Berg");
	}

	@Test
	void everyProblemOfTheDetailsIsReportedAtOnceAndNothingIsSaved() {
		var wrong = new NewContactPerson(" ", "x".repeat(201), "123", "laura@localhost",
				Set.of(ConsentScope.TEAM_CONTACT), null, null);
		assertThatThrownBy(() -> persons.add(team, company, wrong, member)).isInstanceOfSatisfying(
				InvalidInputException.class, ex -> assertThat(ex.all()).extracting(InvalidInputException::field)
					.containsExactlyInAnyOrder("name", "role", "phone", "email", "source", "consentedOn"));

		var future = person("Tuleva", null, "tuleva@yhteystesti.fi", Set.of(ConsentScope.TEAM_CONTACT),
				LocalDate.now().plusDays(1));
		assertThatThrownBy(() -> persons.add(team, company, future, member)).isInstanceOfSatisfying(
				InvalidInputException.class, ex -> assertThat(ex.messageKey()).isEqualTo("validation.dateInFuture"));

		var unreachable = person("Botiton", null, null, Set.of(ConsentScope.BOT_OUTREACH), LocalDate.now());
		assertThatThrownBy(() -> persons.add(team, company, unreachable, member)).isInstanceOfSatisfying(
				InvalidInputException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("companies.person.outreachNeedsAddress"));
		assertThat(persons.persons(team, company.businessId())).isEmpty();
	}

	@Test
	void theBotReadsOnlyThoseWhoAgreedToOutreach() {
		persons.add(team, company, person("Olli Outreach", null, "olli@yhteystesti.fi",
				Set.of(ConsentScope.TEAM_CONTACT, ConsentScope.BOT_OUTREACH), LocalDate.now()), member);
		persons.add(team, company, person("Tiina Tiimi", "0401234567", "tiina@yhteystesti.fi",
				Set.of(ConsentScope.TEAM_CONTACT), LocalDate.now()), member);
		persons.add(team, company, person("Eero Ei", null, "eero@yhteystesti.fi", Set.of(), null), member);

		assertThat(persons.reachableByOutreach(team, company.businessId())).extracting(ContactPerson::name)
			.containsExactly("Olli Outreach");
		assertThat(persons.reachableByOutreach(city("Muula"), company.businessId())).isEmpty();
	}

	@Test
	void anotherTeamNeitherFindsNorChangesNorRemovesThePerson() {
		var id = persons.add(team, company, person("Salainen Henkilö", null, null, Set.of(), null), member);
		var other = city("Toisela");
		var outsider = member(other, Role.GROWTH_TEAM);

		assertThat(persons.findPerson(other, company.businessId(), id)).isEmpty();
		assertThat(persons.persons(other, company.businessId())).isEmpty();
		assertThatThrownBy(() -> persons.change(other, company.businessId(), id,
				person("Muutettu", null, null, Set.of(), null), 0, outsider))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> persons.remove(other, company.businessId(), id, 0))
			.isInstanceOf(NotFoundException.class);
		// Nor under another company's business ID.
		assertThat(persons.findPerson(team, TestCompanies.businessId().value(), id)).isEmpty();

		persons.remove(team, company.businessId(), id, 0);
		assertThat(persons.persons(team, company.businessId())).isEmpty();
	}

	@Test
	void aContactIsCorrectedByThoseWhoMayReadItsNotesOnly() {
		var colleague = member(team, Role.GROWTH_TEAM);
		accounts.logContact(team, company, new NewContact(LocalDate.now().minusDays(2), Channel.PHONE,
				"Toimitusjohtaja", "Salaista", "rekry", true), member);
		var entry = accounts.contacts(team, company.businessId(), member).get(0);
		assertThat(log.findEntry(team, company.businessId(), entry.id(), colleague).orElseThrow().correctable())
			.isFalse();
		var correction = new NewContact(LocalDate.now().minusDays(1), Channel.MEETING, "Toimitusjohtaja Laine",
				"Salaista, korjattu", "rekry, koulutus", true);
		assertThatThrownBy(
				() -> log.correct(team, company.businessId(), entry.id(), correction, entry.version(), colleague))
			.isInstanceOf(NotFoundException.class);

		log.correct(team, company.businessId(), entry.id(), correction, entry.version(), member);
		var corrected = log.findEntry(team, company.businessId(), entry.id(), member).orElseThrow();
		assertThat(corrected.participants()).isEqualTo("Toimitusjohtaja Laine");
		assertThat(corrected.topics()).containsExactly("rekry", "koulutus");
		assertThat(corrected.author()).isEqualTo(member);
		assertThat(corrected.correctedAt()).isNotNull();
		assertThatThrownBy(
				() -> log.correct(team, company.businessId(), entry.id(), correction, entry.version(), member))
			.isInstanceOf(StaleVersionException.class);

		var empty = new NewContact(LocalDate.now().plusDays(1), null, " ", null, null, false);
		assertThatThrownBy(
				() -> log.correct(team, company.businessId(), entry.id(), empty, corrected.version(), member))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.all()).extracting(InvalidInputException::field)
						.containsExactly("occurredOn", "channel", "participants"));
	}

	@Test
	void aNeedIsCorrectedWithItsStatusAndReferralsKept() {
		var id = needs.chart(team, company, new NewNeed(NeedKind.WORKFORCE, "Hitsaaja", Urgency.LOW), member);
		needs.changeStatus(team, id, NeedStatus.DROPPED, 0, member);

		needChanges.correct(team, company.businessId(), id,
				new NewNeed(NeedKind.COMPETENCE, "Robottihitsauksen osaaja", Urgency.HIGH), 1, member);
		var need = needs.findNeed(team, id).orElseThrow();
		assertThat(need.kind()).isEqualTo(NeedKind.COMPETENCE);
		assertThat(need.description()).isEqualTo("Robottihitsauksen osaaja");
		assertThat(need.urgency()).isEqualTo(Urgency.HIGH);
		assertThat(need.status()).isEqualTo(NeedStatus.DROPPED);
		assertThatThrownBy(() -> needChanges.correct(team, company.businessId(), id,
				new NewNeed(NeedKind.COMPETENCE, "Vanha", Urgency.LOW), 1, member))
			.isInstanceOf(StaleVersionException.class);
		assertThatThrownBy(() -> needChanges.correct(city("Muula"), company.businessId(), id,
				new NewNeed(NeedKind.COMPETENCE, "Vieras", Urgency.LOW), 2, member))
			.isInstanceOf(NotFoundException.class);
	}

	private static NewContactPerson person(String name, String phone, String email, Set<ConsentScope> consent,
			LocalDate consentedOn) {
		return new NewContactPerson(name, "Toimitusjohtaja", phone, email, consent, consentedOn, ContactSource.TEAM);
	}

	private OrganisationId city(String name) {
		return organisations
			.create(new NewOrganisation(OrganisationType.CITY, name + " " + UUID.randomUUID(), null, "092", null))
			.id();
	}

	private PersonId member(OrganisationId organisation, Role role) {
		var person = identities.register(new NewPerson("Testi", "Jäsen", null, null));
		organisations.addMember(organisation, person.id(), role);
		return person.id();
	}

}
