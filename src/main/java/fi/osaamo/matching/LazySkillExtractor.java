package fi.osaamo.matching;

import fi.osaamo.matching.engine.SkillExtractor;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The skill extractor of {@link MatchingEngine}, built from the taxonomy's labels on
 * first use rather than at start-up, since building it takes a few seconds; later calls
 * get the same extractor.
 */
final class LazySkillExtractor {

	// Logged under the engine, as when the engine built the extractor itself.
	private static final Logger log = LoggerFactory.getLogger(MatchingEngine.class);

	private final TaxonomyManagement taxonomy;

	private volatile @Nullable SkillExtractor extractor;

	private final Object lock = new Object();

	LazySkillExtractor(TaxonomyManagement taxonomy) {
		this.taxonomy = taxonomy;
	}

	SkillExtractor get() {
		var current = extractor;
		return current != null ? current : getOrBuild();
	}

	private SkillExtractor getOrBuild() {
		synchronized (lock) {
			var current = extractor;
			if (current == null) {
				current = build();
				extractor = current;
			}
			return current;
		}
	}

	private SkillExtractor build() {
		var started = System.nanoTime();
		var builder = SkillExtractor.builder();
		taxonomy.forEachSkillLabel((uri, language, preferred, text, knowledge) -> builder.label(uri, language, text,
				preferred, knowledge));
		var built = builder.build();
		log.info("Skill extraction ready in {} ms", (System.nanoTime() - started) / 1_000_000);
		return built;
	}

}
