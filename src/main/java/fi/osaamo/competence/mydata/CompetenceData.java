package fi.osaamo.competence.mydata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fi.osaamo.competence.CityOptIns;
import fi.osaamo.competence.CityTalents;
import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.competence.DevelopmentPlan;
import fi.osaamo.competence.DialogueManagement;
import fi.osaamo.competence.SharingManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.Language;
import fi.osaamo.privacy.MyDataPart;
import fi.osaamo.privacy.PersonalDataHolder;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The competence module's personal data: the mapping and its history, the development
 * plan and dialogues, what the person shares and with whom, their visibility to a city's
 * growth team and its requests to contact them.
 */
@Component
@Order(40)
class CompetenceData implements PersonalDataHolder {

	private final CompetenceManagement competence;

	private final DevelopmentPlan plan;

	private final DialogueManagement dialogues;

	private final SharingManagement sharing;

	private final CityOptIns optIns;

	private final CityTalents talents;

	private final CompetenceParts parts;

	CompetenceData(CompetenceManagement competence, DevelopmentPlan plan, DialogueManagement dialogues,
			SharingManagement sharing, CityOptIns optIns, CityTalents talents, CompetenceParts parts) {
		this.competence = competence;
		this.plan = plan;
		this.dialogues = dialogues;
		this.sharing = sharing;
		this.optIns = optIns;
		this.talents = talents;
		this.parts = parts;
	}

	@Override
	public Map<String, @Nullable Object> export(PersonId person) {
		var data = new LinkedHashMap<String, @Nullable Object>();
		putMapping(data, person);
		putSharing(data, person);
		return data;
	}

	/** The mapping, its history, the development plan and the dialogues. */
	private void putMapping(Map<String, @Nullable Object> data, PersonId person) {
		data.put("competenceMapping", competence.mapping(person).orElse(null));
		data.put("levelHistory", competence.history(person));
		data.put("developmentPlan", plan.items(person));
		data.put("developmentPlanJobTasks", plan.jobs(person, person));
		data.put("developmentDialogues", dialogues.dialogues(person, person));
	}

	/** What is shared with whom, who looked, and the city's contact requests. */
	private void putSharing(Map<String, @Nullable Object> data, PersonId person) {
		data.put("sharing", sharing.grants(person));
		data.put("viewsOfMySharedMapping", sharing.views(person));
		data.put("visibilityToCity", optIns.visibility(person).orElse(null));
		data.put("contactRequests", talents.requestsTo(person));
	}

	@Override
	public List<MyDataPart> parts(PersonId person, Language language) {
		return parts.of(person, language);
	}

	@Override
	public void forget(PersonId person) {
		dialogues.forget(person);
		competence.delete(person);
	}

}
