package fi.osaamo.matching;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.platform.FeatureSwitches;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The register of automated features: whether each is on, switched by platform
 * administrators, and the log of its use. A feature switched off refuses every use (403)
 * and the shell hides what leads to it.
 */
@Service
public class AiRegister implements FeatureSwitches {

	private static final String SET = """
			insert into matching.feature_switch (feature, enabled, changed_by) values (:feature, :enabled, :actor)
			on conflict (feature) do update set enabled = excluded.enabled, changed_by = excluded.changed_by,
			  changed_at = now()""";

	private final JdbcClient jdbc;

	private final OrganisationManagement organisations;

	private final Map<AutomatedFeature, Boolean> enabled = new ConcurrentHashMap<>();

	AiRegister(JdbcClient jdbc, OrganisationManagement organisations) {
		this.jdbc = jdbc;
		this.organisations = organisations;
	}

	public boolean isEnabled(AutomatedFeature feature) {
		return enabled.computeIfAbsent(feature,
				key -> jdbc.sql("select enabled from matching.feature_switch where feature = :feature")
					.param("feature", key.name())
					.query(Boolean.class)
					.optional()
					.orElse(true));
	}

	/**
	 * Refuses the use of a feature that is switched off.
	 * @param feature the feature
	 * @throws AccessDeniedException if it is off
	 */
	public void require(AutomatedFeature feature) {
		if (!isEnabled(feature)) {
			throw new AccessDeniedException(feature + " is switched off in the AI register");
		}
	}

	/**
	 * Switches a feature on or off; only platform administrators may.
	 * @param feature the feature
	 * @param on whether it is on
	 * @param actor who switches it
	 */
	public void set(AutomatedFeature feature, boolean on, PersonId actor) {
		if (!organisations.isPlatformAdmin(actor)) {
			throw new AccessDeniedException("only platform administrators switch automated features");
		}
		jdbc.sql(SET).param("feature", feature.name()).param("enabled", on).param("actor", actor.value()).update();
		enabled.put(feature, on);
	}

	@Override
	public Set<String> disabled() {
		return EnumSet.allOf(AutomatedFeature.class)
			.stream()
			.filter(feature -> !isEnabled(feature))
			.map(Enum::name)
			.collect(Collectors.toSet());
	}

	/**
	 * How often each feature was used.
	 * @return the number of uses by feature
	 */
	public Map<AutomatedFeature, Long> uses() {
		var uses = new EnumMap<AutomatedFeature, Long>(AutomatedFeature.class);
		for (var feature : AutomatedFeature.values()) {
			uses.put(feature, 0L);
		}
		jdbc.sql("select feature, count(*) as uses from matching.use_log group by feature").query(rs -> {
			count(uses, rs.getString("feature"), rs.getLong("uses"));
		});
		return uses;
	}

	private static void count(Map<AutomatedFeature, Long> uses, String feature, long count) {
		try {
			uses.put(AutomatedFeature.valueOf(feature), count);
		}
		catch (IllegalArgumentException ex) {
			// a feature of an older version
		}
	}

	/**
	 * The latest uses of a feature.
	 * @param feature the feature
	 * @param limit how many
	 * @return the uses, newest first
	 */
	public List<Use> log(AutomatedFeature feature, int limit) {
		return jdbc.sql("""
				select actor_id, organisation_id, subject, jsonb_array_length(shown) as shown, at
				from matching.use_log where feature = :feature order by at desc, id desc limit :limit""")
			.param("feature", feature.name())
			.param("limit", limit)
			.query((rs, row) -> new Use(new PersonId(rs.getObject("actor_id", UUID.class)),
					rs.getObject("organisation_id", UUID.class), rs.getString("subject"), rs.getInt("shown"),
					rs.getTimestamp("at").toInstant()))
			.list();
	}

	/**
	 * One use.
	 *
	 * @param actor who used it
	 * @param organisation for which organisation, if any
	 * @param subject what about (a job task, the person themselves)
	 * @param shown how many results were shown
	 * @param at when
	 */
	public record Use(PersonId actor, @Nullable UUID organisation, String subject, int shown, Instant at) {
	}

}
