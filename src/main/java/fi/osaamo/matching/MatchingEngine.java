package fi.osaamo.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.osaamo.competence.CityOptIns;
import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.competence.MappingChanged;
import fi.osaamo.competence.MappingDeleted;
import fi.osaamo.competence.SharingChanged;
import fi.osaamo.competence.SharingManagement;
import fi.osaamo.competence.SkillLevels;
import fi.osaamo.identity.PersonId;
import fi.osaamo.jobs.JobTask;
import fi.osaamo.matching.engine.Profile;
import fi.osaamo.matching.engine.ProfileIndex;
import fi.osaamo.matching.engine.Requirement;
import fi.osaamo.matching.engine.Scorer;
import fi.osaamo.matching.engine.SkillExtractor;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The matching engine as the application uses it: the skill graph read from the taxonomy
 * and every person's skills in an in-memory index, built at start-up and kept in step
 * with the database by the competence module's events. The events are handled right after
 * the change commits, in the thread that made it, so the next ranking already sees it;
 * each handler reads the person's current state from the database, and older versions
 * never replace newer ones.
 */
@Service
public class MatchingEngine {

	private static final Logger log = LoggerFactory.getLogger(MatchingEngine.class);

	private final TaxonomyManagement taxonomy;

	private final CompetenceManagement competence;

	private final SharingManagement sharing;

	private volatile @Nullable ProfileIndex index;

	private final LazySkillExtractor extractor;

	private final CityOptIns cities;

	MatchingEngine(TaxonomyManagement taxonomy, CompetenceManagement competence, SharingManagement sharing,
			CityOptIns cities) {
		this.extractor = new LazySkillExtractor(taxonomy);
		this.cities = cities;
		this.taxonomy = taxonomy;
		this.competence = competence;
		this.sharing = sharing;
	}

	@EventListener(ApplicationReadyEvent.class)
	synchronized void build() {
		var started = System.nanoTime();
		var fresh = new ProfileIndex(new Scorer(EngineInputs.graph(taxonomy.relations())));
		competence
			.forEachSkillLevels(levels -> fresh.put(levels.person().value(), profile(fresh, levels), levels.version()));
		var shares = SkillShares.read(sharing, cities);
		shares.people().forEach(person -> fresh.share(person.value(), shares.of(person)));
		index = fresh;
		log.info("Matching index: {} people, {} skill claims, built in {} ms", fresh.size(), fresh.postings(),
				(System.nanoTime() - started) / 1_000_000);
	}

	/** Grants that expired at midnight leave the index with the day. */
	@Scheduled(cron = "0 5 0 * * *", zone = "Europe/Helsinki")
	synchronized void refreshSharing() {
		var current = index;
		if (current == null) {
			return;
		}
		var today = SkillShares.read(sharing, cities);
		competence.forEachSkillLevels(levels -> current.share(levels.person().value(), today.of(levels.person())));
	}

	private Set<UUID> shares(PersonId person) {
		return SkillShares.of(sharing.skillSharing(person), cities.visibility(person).map(v -> v.city()).orElse(null));
	}

	@TransactionalEventListener(fallbackExecution = true)
	synchronized void on(MappingChanged event) {
		refresh(event.person());
	}

	@TransactionalEventListener(fallbackExecution = true)
	synchronized void on(MappingDeleted event) {
		var current = index;
		if (current != null) {
			current.remove(event.person().value());
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	synchronized void on(SharingChanged event) {
		var current = index;
		if (current != null) {
			current.share(event.person().value(), shares(event.person()));
		}
	}

	private void refresh(PersonId person) {
		var current = index;
		if (current == null) {
			return;
		}
		competence.skillLevels(person).ifPresentOrElse(levels -> {
			current.put(person.value(), profile(current, levels), levels.version());
			current.share(person.value(), shares(person));
		}, () -> current.remove(person.value()));
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
		var current = index;
		if (current == null) {
			throw new IllegalStateException("the matching index is not built yet");
		}
		return current;
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

	private static Profile profile(ProfileIndex index, SkillLevels levels) {
		return EngineInputs.profile(index.scorer().graph(), levels);
	}

}
