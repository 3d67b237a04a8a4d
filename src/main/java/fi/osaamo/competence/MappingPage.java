package fi.osaamo.competence;

import java.util.List;
import java.util.Map;

import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.taxonomy.ConceptMatch;
import fi.osaamo.taxonomy.ConceptRef;
import org.jspecify.annotations.Nullable;

/**
 * The person's own mapping page.
 *
 * @param mapping the mapping
 * @param labels the skills' labels in the page's language, by URI
 * @param form the add-skill form
 * @param suggestions skills matching what was typed, when no skill was chosen yet
 * @param error what was wrong with the last change
 * @param views who has viewed the shared mapping
 * @param sharing whether anything is shared now
 * @param plan the studies of the development plan
 * @param jobTargets the job tasks of the development plan
 * @param dialogues the development dialogues
 * @param occupation the occupation in the person's profile, if any
 * @param occupationSkills skills typical of that occupation not yet in the mapping
 * @param interests the job tasks the person is interested in
 * @param studiesForTargets studies teaching the skills of the development targets, not
 * yet in the plan
 * @param entryKind which entry form was refused ({@code education} or {@code work}), or
 * empty
 * @param entry the refused entry as typed
 */
public record MappingPage(Mapping mapping, Map<String, ConceptRef> labels, SkillForm form,
		List<ConceptMatch> suggestions, @Nullable InvalidInputException error, List<ViewLogEntry> views,
		boolean sharing, List<PlanItem> plan, List<PlanJob> jobTargets, List<Dialogue> dialogues,
		@Nullable String occupation, List<ConceptRef> occupationSkills, List<fi.osaamo.jobs.JobTask> interests,
		List<fi.osaamo.studies.Study> studiesForTargets, String entryKind, EntryForm entry) {

	MappingPage(Mapping mapping, Map<String, ConceptRef> labels, SkillForm form, List<ConceptMatch> suggestions,
			@Nullable InvalidInputException error, List<ViewLogEntry> views, boolean sharing, List<PlanItem> plan,
			List<PlanJob> jobTargets, List<Dialogue> dialogues, @Nullable String occupation,
			List<ConceptRef> occupationSkills, List<fi.osaamo.jobs.JobTask> interests,
			List<fi.osaamo.studies.Study> studiesForTargets) {
		this(mapping, labels, form, suggestions, error, views, sharing, plan, jobTargets, dialogues, occupation,
				occupationSkills, interests, studiesForTargets, "", EntryForm.EMPTY);
	}

	/**
	 * The page with a refused education or work entry kept as typed.
	 * @param kind {@code education} or {@code work}
	 * @param typed the entry
	 * @return the page
	 */
	MappingPage typed(String kind, EntryForm typed) {
		return new MappingPage(mapping, labels, form, suggestions, error, views, sharing, plan, jobTargets, dialogues,
				occupation, occupationSkills, interests, studiesForTargets, kind, typed);
	}

	/**
	 * What the entry form of a kind shows: the typed entry, or nothing.
	 * @param kind {@code education} or {@code work}
	 * @return the entry
	 */
	public EntryForm entry(String kind) {
		return kind.equals(entryKind) ? entry : EntryForm.EMPTY;
	}

	public PlanStatus[] planStatuses() {
		return PlanStatus.values();
	}

	public String label(String uri) {
		var ref = labels.get(uri);
		return ref == null ? uri : ref.label().text();
	}

	public boolean errorOn(String... fields) {
		if (error == null) {
			return false;
		}
		for (var field : fields) {
			if (error.on(field).isPresent()) {
				return true;
			}
		}
		return false;
	}

	public Provenance[] provenances() {
		return Provenance.values();
	}

	public int[] levels() {
		return new int[] { 1, 2, 3, 4, 5 };
	}

}
