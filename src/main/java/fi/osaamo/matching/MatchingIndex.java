package fi.osaamo.matching;

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
import fi.osaamo.matching.engine.Profile;
import fi.osaamo.matching.engine.ProfileIndex;
import fi.osaamo.matching.engine.Scorer;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The matching engine's in-memory index: the skill graph read from the taxonomy and every
 * person's skills, built at start-up and kept in step with the database by the competence
 * module's events. The events are handled right after the change commits, in the thread
 * that made it, so the next ranking already sees it; each handler reads the person's
 * current state from the database, and older versions never replace newer ones.
 */
@Component
class MatchingIndex {

	// Logged under the engine, as before the index had a class of its own.
	private static final Logger log = LoggerFactory.getLogger(MatchingEngine.class);

	private final TaxonomyManagement taxonomy;

	private final CompetenceManagement competence;

	private final SharingManagement sharing;

	private final CityOptIns cities;

	private volatile @Nullable ProfileIndex index;

	MatchingIndex(TaxonomyManagement taxonomy, CompetenceManagement competence, SharingManagement sharing,
			CityOptIns cities) {
		this.taxonomy = taxonomy;
		this.competence = competence;
		this.sharing = sharing;
		this.cities = cities;
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
	 * The index.
	 * @return the index
	 * @throws IllegalStateException before it is built
	 */
	ProfileIndex get() {
		var current = index;
		if (current == null) {
			throw new IllegalStateException("the matching index is not built yet");
		}
		return current;
	}

	private static Profile profile(ProfileIndex index, SkillLevels levels) {
		return EngineInputs.profile(index.scorer().graph(), levels);
	}

}
