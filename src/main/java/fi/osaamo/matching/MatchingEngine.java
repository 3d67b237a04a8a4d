package fi.osaamo.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import fi.osaamo.competence.CityOptIns;
import fi.osaamo.competence.SharingManagement;
import fi.osaamo.identity.PersonId;
import fi.osaamo.jobs.JobTask;
import fi.osaamo.matching.engine.Profile;
import fi.osaamo.matching.engine.ProfileIndex;
import fi.osaamo.matching.engine.Requirement;
import fi.osaamo.matching.engine.Scorer;
import fi.osaamo.matching.engine.SkillExtractor;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.springframework.stereotype.Service;

/**
 * The matching engine as the application uses it: rankings of people and job tasks,
 * profiles and requirements in the engine's terms, and skill extraction, over the
 * in-memory index that {@link MatchingIndex} keeps in step with the database.
 */
@Service
public class MatchingEngine {

	private final MatchingIndex index;

	private final SharingManagement sharing;

	private final LazySkillExtractor extractor;

	private final CityOptIns cities;

	MatchingEngine(TaxonomyManagement taxonomy, MatchingIndex index, SharingManagement sharing, CityOptIns cities) {
		this.extractor = new LazySkillExtractor(taxonomy);
		this.cities = cities;
		this.index = index;
		this.sharing = sharing;
	}

	/**
	 * The people visible to a city, best first for a task.
	 * @param task the task
	 * @param city the city organisation
	 * @param limit how many at most
	 * @return the people and their scores
	 */
	List<ProfileIndex.Ranked> cityCandidates(JobTask task, OrganisationId city, int limit) {
		return index().rank(requirement(task), city.value(), limit)
			.stream()
			// The index follows opt-ins by events; the database decides.
			.filter(ranked -> cities.visibility(new PersonId(ranked.person()))
				.filter(visible -> visible.city().equals(city))
				.isPresent())
			.toList();
	}

	/**
	 * The skills the taxonomy relates to some skills (broader, narrower and related ones,
	 * as the scoring counts them), for searches that relax step by step.
	 * @param uris the skills
	 * @return the related skills' URIs, without the given ones
	 */
	public Set<String> relatedSkills(Collection<String> uris) {
		return EngineInputs.related(scorer().graph(), uris);
	}

	ProfileIndex index() {
		return index.get();
	}

	Scorer scorer() {
		return index().scorer();
	}

	/**
	 * A person's profile as the index holds it.
	 * @param person the person
	 * @return their skills; empty if they have no mapping
	 */
	Profile profile(PersonId person) {
		var profile = index().profile(person.value());
		return profile == null ? Profile.of(new int[0], new int[0]) : profile;
	}

	/**
	 * A profile from skills given directly, for example in an API call.
	 * @param skills the skill URIs and their levels
	 * @return the profile; unknown skills are left out
	 */
	Profile profile(List<SkillLevel> skills) {
		return EngineInputs.profile(scorer().graph(), skills);
	}

	Requirement requirement(JobTask task) {
		return EngineInputs.requirement(scorer().graph(), task);
	}

	/**
	 * Ranks job tasks for a profile.
	 * @param profile the skills
	 * @param tasks the tasks to rank
	 * @param limit how many at most
	 * @return the tasks with their explanations, best first
	 */
	List<RankedJob> rankJobs(Profile profile, List<JobTask> tasks, int limit) {
		var scorer = scorer();
		var ranked = new ArrayList<RankedJob>();
		for (var task : tasks) {
			var requirement = requirement(task);
			ranked.add(new RankedJob(task, scorer.score(profile, requirement), requirement));
		}
		ranked.sort((a, b) -> Float.compare(b.score(), a.score()));
		return ranked.subList(0, Math.min(limit, ranked.size()));
	}

	/**
	 * The people who share their skills with an organisation, best first for a task.
	 * @param task the task
	 * @param organisation the organisation
	 * @param limit how many at most
	 * @return the people and their scores
	 */
	List<ProfileIndex.Ranked> candidates(JobTask task, OrganisationId organisation, int limit) {
		return index().rank(requirement(task), organisation.value(), limit)
			.stream()
			// The index is refreshed nightly for expired grants; the database decides.
			.filter(ranked -> sharing.skillSharing(new PersonId(ranked.person())).contains(organisation))
			.toList();
	}

	/**
	 * The skill extractor, built from the taxonomy's labels on first use (a few seconds).
	 * @return the extractor
	 */
	SkillExtractor extractor() {
		return extractor.get();
	}

	String uri(int skill) {
		return scorer().graph().uri(skill);
	}

	/**
	 * A skill and a level, as given.
	 *
	 * @param uri the skill's URI
	 * @param level the level 1–5
	 */
	record SkillLevel(String uri, int level) {
	}

	/**
	 * A job task and its score.
	 *
	 * @param task the task
	 * @param score the score 0–1
	 * @param requirement what it requires, as the engine sees it
	 */
	record RankedJob(JobTask task, float score, Requirement requirement) {
	}

}
