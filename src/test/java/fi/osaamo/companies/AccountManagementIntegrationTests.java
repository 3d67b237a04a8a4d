package fi.osaamo.companies;

import java.time.LocalDate;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fi.osaamo.IntegrationTest;
import fi.osaamo.TestCompanies;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.identity.PersonId;
import fi.osaamo.messaging.EmailRequested;
import fi.osaamo.organisation.NewOrganisation;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.NotFoundException;
import fi.osaamo.platform.StaleVersionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The growth team's account management against the real database: teams apart,
 * confidential notes, validation that saves nothing half-way, and follow-up reminders
 * that reach the SMTP server once.
 */
@IntegrationTest
class AccountManagementIntegrationTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	AccountManagement accounts;

	@Autowired
	NeedManagement needs;

	@Autowired
	ServiceCatalogue catalogue;

	@Autowired
	FollowUps followUps;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	IdentityManagement identities;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	OrganisationId team;

	PersonId manager;

	PersonId colleague;

	CompanyRef company;

	final java.util.Map<PersonId, String> addresses = new java.util.HashMap<>();

	@BeforeEach
	void team() {
		team = city("Testila " + UUID.randomUUID());
		manager = member(team, Role.GROWTH_TEAM, "manager");
		colleague = member(team, Role.GROWTH_TEAM, "colleague");
		company = new CompanyRef(TestCompanies.businessId().value(), "Testiyhtiö Oy", "25110");
	}

	@Test
	void anotherCitysTeamSeesNothingOfTheAccount() {
		var otherTeam = city("Muula " + UUID.randomUUID());
		accounts.assignManager(team, company, manager, 0);
		accounts.logContact(team, company, contact("Toimitusjohtaja", false), manager);
		needs.chart(team, company, new NewNeed(NeedKind.WORKFORCE, "Kaksi hitsaajaa", Urgency.HIGH), manager);

		assertThat(accounts.findAccount(otherTeam, company.businessId())).isEmpty();
		assertThat(accounts.contacts(otherTeam, company.businessId(), manager)).isEmpty();
		assertThat(needs.needs(otherTeam, company.businessId())).isEmpty();
		var need = needs.needs(team, company.businessId()).get(0);
		assertThatThrownBy(() -> needs.changeStatus(otherTeam, need.id(), NeedStatus.DROPPED, need.version(), manager))
			.isInstanceOf(NotFoundException.class);
		assertThat(needs.findNeed(team, need.id()).orElseThrow().status()).isEqualTo(NeedStatus.OPEN);
	}

	@Test
	void confidentialNotesAreSeenOnlyByTheAuthorTheAccountManagerAndAdministrators() {
		var author = member(team, Role.GROWTH_TEAM, "author");
		var admin = member(team, Role.ADMIN, "admin");
		accounts.assignManager(team, company, manager, 0);
		accounts.logContact(team, company, contact("Henkilöstöjohtaja", true), author);

		assertThat(accounts.contacts(team, company.businessId(), author).get(0).notes()).isEqualTo("Muistiinpanot");
		assertThat(accounts.contacts(team, company.businessId(), manager).get(0).notes()).isEqualTo("Muistiinpanot");
		assertThat(accounts.contacts(team, company.businessId(), admin).get(0).notes()).isEqualTo("Muistiinpanot");
		var seenByColleague = accounts.contacts(team, company.businessId(), colleague).get(0);
		assertThat(seenByColleague.hidden()).isTrue();
		assertThat(seenByColleague.notes()).isNull();
		assertThat(seenByColleague.participants()).isEqualTo("Henkilöstöjohtaja");
	}

	@Test
	void badInputIsRefusedWithItsReasonAndNothingIsSaved() {
		assertThatThrownBy(() -> accounts.logContact(team, company,
				new NewContact(LocalDate.now().plusDays(2), Channel.PHONE, "Joku", null, null, false), manager))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("companies.contact.future"));
		assertThatThrownBy(() -> accounts.logContact(team, company,
				new NewContact(LocalDate.now(), Channel.PHONE, " ", null, null, false), manager))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.field()).isEqualTo("participants"));
		assertThatThrownBy(
				() -> needs.chart(team, company, new NewNeed(NeedKind.TECHNOLOGY, "x".repeat(2001), null), manager))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> accounts.assignManager(team, company,
				member(city("Kolmas " + UUID.randomUUID()), Role.GROWTH_TEAM, "outsider"), 0))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("companies.manager.notInTeam"));
		assertThat(accounts.findAccount(team, company.businessId())).isEmpty();
	}

	@Test
	void aReferralToAWithdrawnServiceIsRefusedAndTheNeedStaysOpen() {
		var service = catalogue.add(team,
				new NewService("Rekrytointiapu", ServiceKind.RECRUITMENT, "TE-palvelut", null, null));
		var needId = needs.chart(team, company, new NewNeed(NeedKind.WORKFORCE, "Kolme asentajaa", Urgency.HIGH),
				manager);
		catalogue.withdraw(team, service, 0);

		assertThatThrownBy(
				() -> needs.refer(team, needId, service, LocalDate.now().plusDays(7), Language.FI, 0, manager))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("companies.referral.serviceGone"));
		var need = needs.findNeed(team, needId).orElseThrow();
		assertThat(need.status()).isEqualTo(NeedStatus.OPEN);
		assertThat(need.referrals()).isEmpty();
		assertThat(catalogue.services(team, false)).isEmpty();
		assertThat(catalogue.services(team, true)).hasSize(1);
	}

	@Test
	void twoPeopleChangingOneNeedCannotOverwriteEachOther() {
		var needId = needs.chart(team, company, new NewNeed(NeedKind.COMPETENCE, "Robotiikka", Urgency.LOW), manager);
		needs.changeStatus(team, needId, NeedStatus.MET, 0, manager);

		assertThatThrownBy(() -> needs.changeStatus(team, needId, NeedStatus.DROPPED, 0, colleague))
			.isInstanceOf(StaleVersionException.class);
		assertThat(needs.findNeed(team, needId).orElseThrow().status()).isEqualTo(NeedStatus.MET);
	}

	@Test
	void theFollowUpReminderReachesTheAccountManagerOnceInTheReferrersLanguage() throws Exception {
		accounts.assignManager(team, company, manager, 0);
		var service = catalogue.add(team,
				new NewService("Teknologiasparraus", ServiceKind.TECHNOLOGY, "Kehitysyhtiö", null, null));
		var needId = needs.chart(team, company,
				new NewNeed(NeedKind.TECHNOLOGY, "Tuotannonohjausjärjestelmä", Urgency.MEDIUM), colleague);
		var referral = needs.refer(team, needId, service, LocalDate.now(), Language.SV, 0, colleague);
		assertThat(needs.findNeed(team, needId).orElseThrow().status()).isEqualTo(NeedStatus.REFERRED);

		assertThat(followUps.sendDue()).isGreaterThanOrEqualTo(1);
		assertThat(mail.waitForIncomingEmail(15_000, 1)).isTrue();
		assertThat(followUps.sendDue()).isZero();
		var messages = mail.getReceivedMessagesForDomain("manager.test.invalid");
		var mine = java.util.Arrays.stream(messages)
			.filter(message -> text(message).contains(needId.toString()))
			.toList();
		assertThat(mine).hasSize(1);
		var message = mine.get(0);
		assertThat(message.getAllRecipients()[0].toString()).isEqualTo(address(manager));
		assertThat(message.getSubject()).isEqualTo("Uppföljning i dag: Testiyhtiö Oy");
		assertThat(text(message)).contains("Teknologiasparraus")
			.contains("Hänvisat till: Teknologiasparraus (Kehitysyhtiö)")
			.contains("/dashboard/companies/" + company.businessId() + "#need-" + needId);
		assertThat(jdbc.sql("select reminded_at is not null from companies.referral where id = :id")
			.param("id", referral)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void anEmailPublishedTwiceWithOneKeyIsSentOnce() throws Exception {
		var key = "test:" + UUID.randomUUID();
		for (var i = 0; i < 2; i++) {
			transactions.executeWithoutResult(
					status -> events.publishEvent(new EmailRequested(key, manager, "Sama viesti " + key, "Teksti")));
		}
		assertThat(mail.waitForIncomingEmail(15_000, 1)).isTrue();
		Thread.sleep(500); // time for a second delivery, were there one
		var sent = java.util.Arrays.stream(mail.getReceivedMessages()).filter(message -> {
			try {
				return message.getSubject().equals("Sama viesti " + key);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
		assertThat(sent).hasSize(1);
		assertThat(sent.get(0).getMessageID()).endsWith("@osaamo>");
	}

	private static String text(jakarta.mail.internet.MimeMessage message) {
		try {
			return (String) message.getContent();
		}
		catch (java.io.IOException | jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private NewContact contact(String participants, boolean confidential) {
		return new NewContact(LocalDate.now(), Channel.MEETING, participants, "Muistiinpanot", "rekrytointi, koulutus",
				confidential);
	}

	private OrganisationId city(String name) {
		return organisations.create(new NewOrganisation(OrganisationType.CITY, name, null, "092", null)).id();
	}

	private PersonId member(OrganisationId organisation, Role role, String kind) {
		var address = UUID.randomUUID() + "@" + kind + ".test.invalid";
		var person = identities.register(new NewPerson("Testi", "Henkilö", address, null));
		addresses.put(person.id(), address);
		organisations.addMember(organisation, person.id(), role);
		return person.id();
	}

	private String address(PersonId person) {
		return addresses.get(person);
	}

}
