package fi.osaamo.privacy;

import java.util.LinkedHashMap;
import java.util.Map;

import fi.osaamo.account.ProfileManagement;
import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.competence.DevelopmentPlan;
import fi.osaamo.competence.DialogueManagement;
import fi.osaamo.competence.SharingManagement;
import fi.osaamo.content.ArticleManagement;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.jobs.JobManagement;
import fi.osaamo.matching.Allocations;
import fi.osaamo.organisation.OrganisationManagement;
import org.springframework.stereotype.Service;

/**
 * A person's rights over their data (GDPR articles 15, 17 and 20): everything Osaamo
 * holds about them in one machine-readable file, and the deletion of their account and
 * data.
 */
@Service
public class MyDataManagement {

	private final IdentityManagement identities;

	private final OrganisationManagement organisations;

	private final PrivacyManagement privacy;

	private final CompetenceManagement competence;

	private final SharingManagement sharing;

	private final JobManagement jobs;

	private final DevelopmentPlan plan;

	private final DialogueManagement dialogues;

	private final ArticleManagement articles;

	private final ProfileManagement profiles;

	private final Allocations allocations;

	private final fi.osaamo.competence.CityOptIns optIns;

	private final fi.osaamo.competence.CityTalents talents;

	MyDataManagement(IdentityManagement identities, OrganisationManagement organisations, PrivacyManagement privacy,
			CompetenceManagement competence, SharingManagement sharing, JobManagement jobs, DevelopmentPlan plan,
			DialogueManagement dialogues, ArticleManagement articles, ProfileManagement profiles,
			Allocations allocations, fi.osaamo.competence.CityOptIns optIns, fi.osaamo.competence.CityTalents talents) {
		this.optIns = optIns;
		this.talents = talents;
		this.allocations = allocations;
		this.articles = articles;
		this.profiles = profiles;
		this.plan = plan;
		this.dialogues = dialogues;
		this.identities = identities;
		this.organisations = organisations;
		this.privacy = privacy;
		this.competence = competence;
		this.sharing = sharing;
		this.jobs = jobs;
	}

	/**
	 * Everything about a person, section by section.
	 * @param person the person, who asks for it themselves
	 * @return the data, ready to be written as JSON
	 */
	public Map<String, Object> export(PersonId person) {
		var data = new LinkedHashMap<String, Object>();
		data.put("personalData", identities.personalData(person, person, "data export").orElse(null));
		data.put("accessLog", identities.accessLog(person, 1000));
		data.put("workProfile", profiles.workProfile(person));
		data.put("organisations", organisations.membershipsOf(person));
		data.put("privacyNoticeAcceptances", privacy.acceptances(person));
		data.put("competenceMapping", competence.mapping(person).orElse(null));
		data.put("levelHistory", competence.history(person));
		data.put("developmentPlan", plan.items(person));
		data.put("developmentPlanJobTasks", plan.jobs(person, person));
		data.put("developmentDialogues", dialogues.dialogues(person, person));
		data.put("sharing", sharing.grants(person));
		data.put("viewsOfMySharedMapping", sharing.views(person));
		data.put("visibilityToCity", optIns.visibility(person).orElse(null));
		data.put("contactRequests", talents.requestsTo(person));
		data.put("taskSuggestionsAboutMe", allocations.forPerson(person));
		data.put("jobTasksOfInterest",
				jobs.interestsOf(person)
					.stream()
					.map(task -> Map.of("id", task.id().toString(), "title", task.title()))
					.toList());
		return data;
	}

	/**
	 * Deletes the person's account and every piece of their data; the identity vault
	 * last, so that an interrupted deletion can be run again by signing in.
	 * @param person the person
	 */
	public void delete(PersonId person) {
		allocations.forget(person);
		jobs.forget(person);
		competence.delete(person);
		dialogues.forget(person);
		articles.forget(person);
		profiles.forget(person);
		privacy.forget(person);
		organisations.removeAllMemberships(person);
		identities.delete(person);
	}

}
