package fi.osaamo.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.osaamo.companies.CompanyAccount;
import fi.osaamo.competence.CompetenceOverview;
import fi.osaamo.jobs.JobTask;
import fi.osaamo.opendata.ImportedJobAd;
import fi.osaamo.taxonomy.ConceptRef;
import fi.osaamo.companies.ContactEntry;
import fi.osaamo.companies.ContactPerson;
import fi.osaamo.companies.Need;
import fi.osaamo.companies.NeedStatus;
import fi.osaamo.companies.ServiceOffer;
import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.PersonSummary;
import fi.osaamo.companies.RegisteredCompany;
import fi.osaamo.organisation.Member;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A company's page: the trade register's data and, for a growth-team member, the team's
 * account of it.
 *
 * @param company the register's data
 * @param industry its line of business by name
 * @param municipality its home municipality by name
 * @param panel the team's account, or {@code null} for a user outside every growth team
 * @param failed which form the error is about
 * @param error what was wrong with the last save
 * @param saved what was saved just now, as a message key suffix
 * @param star the favourite star
 * @param activity its job tasks, job ads and employees' competences
 */
public record CompanyPage(RegisteredCompany company, String industry, String municipality, @Nullable AccountPanel panel,
		@Nullable String failed, @Nullable InvalidInputException error, @Nullable String saved, StarButton star,
		Activity activity) {

	/**
	 * What the company does in Osaamo and in the national job market.
	 *
	 * @param jobTasks its open job tasks in Osaamo
	 * @param jobAds its open ads imported from national sources
	 * @param competences its employees' competences in aggregate, if it uses Osaamo
	 * @param labels skill labels by URI
	 */
	public record Activity(List<JobTask> jobTasks, List<ImportedJobAd> jobAds, @Nullable CompetenceOverview competences,
			Map<String, ConceptRef> labels) {

		public String label(String uri) {
			var concept = labels.get(uri);
			return concept == null ? uri : concept.label().text();
		}

		public boolean fewPeople() {
			return competences != null && !competences.enough();
		}

	}

	public boolean failed(String form) {
		return error != null && form.equals(failed);
	}

	public boolean errorOn(String form, String field) {
		return failed(form) && error != null && error.on(field).isPresent();
	}

	/**
	 * What was wrong with a form, if it was the one refused.
	 * @param form the form
	 * @return the problems, or {@code null}
	 */
	public @Nullable InvalidInputException errorOf(String form) {
		return failed(form) ? error : null;
	}

	public @Nullable String invalid(String form, String field) {
		return errorOn(form, field) ? "true" : null;
	}

	/**
	 * The ids of the elements that describe a field: its error, when it was refused, and
	 * its hint.
	 * @param form the form
	 * @param field the field
	 * @param control the id of the field's control
	 * @param hint the id of its hint, or {@code null}
	 * @return the ids, or {@code null} when there are none
	 */
	public @Nullable String describedBy(String form, String field, String control, @Nullable String hint) {
		var ids = (errorOn(form, field) ? control + "-error " : "") + (hint == null ? "" : hint);
		return ids.isBlank() ? null : ids.strip();
	}

	/**
	 * Where the error summary sends the reader for a field's problem: forms repeated per
	 * need carry the need's id in their fields' ids.
	 * @param form the form
	 * @param field the refused field
	 * @return the id of the element to focus
	 */
	public String anchor(String form, String field) {
		return form.startsWith("refer-") ? field + form.substring("refer".length()) : field;
	}

	/**
	 * The team's account of the company.
	 *
	 * @param teamName the team's organisation
	 * @param account the account, if the team has touched the company
	 * @param managers the growth-team members who can manage it
	 * @param people the staff on the page
	 * @param persons the company's contact persons, by name
	 * @param contacts the contact log, newest first
	 * @param needs the needs, newest first
	 * @param services the services needs can be referred to
	 * @param contactForm the contact form
	 * @param needForm the need form
	 * @param referralForm the referral form last posted
	 * @param financials the key figures the team recorded, per fiscal year
	 * @param financialsForm the form that records a year's figures
	 * @param today today, for due dates
	 */
	public record AccountPanel(String teamName, @Nullable CompanyAccount account, List<Member> managers,
			Map<PersonId, PersonSummary> people, List<ContactPerson> persons, List<ContactEntry> contacts,
			List<Need> needs, List<ServiceOffer> services, ContactForm contactForm, NeedForm needForm,
			ReferralForm referralForm, FinancialsChart financials, FinancialsForm financialsForm, LocalDate today) {

		public @Nullable PersonId manager() {
			return account == null ? null : account.manager();
		}

		public fi.osaamo.companies.@Nullable SizeClass sizeClass() {
			return account == null ? null : account.sizeClass();
		}

		public fi.osaamo.companies.SizeClass[] sizeClasses() {
			return fi.osaamo.companies.SizeClass.values();
		}

		public int accountVersion() {
			return account == null ? 0 : account.version();
		}

		public String staffName(@Nullable PersonId person) {
			var summary = person == null ? null : people.get(person);
			return summary == null ? "–" : summary.atWork();
		}

		public NeedStatus[] statuses() {
			return NeedStatus.values();
		}

		public String followUpDate(UUID need) {
			return referralForm.isFor(need) && referralForm.followUpOn() != null ? referralForm.date()
					: today.plusWeeks(2).toString();
		}

		public boolean chosenService(UUID need, UUID service) {
			return referralForm.isFor(need) && service.equals(referralForm.service());
		}

	}

}
