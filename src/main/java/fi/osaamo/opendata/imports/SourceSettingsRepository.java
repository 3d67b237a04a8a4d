package fi.osaamo.opendata.imports;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.StaleVersionException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Source settings: the configured defaults, overridden by what an administrator saved.
 */
@Repository
public class SourceSettingsRepository {

	private static final Pattern MUNICIPALITY = Pattern.compile("\\d{3}");

	private final JdbcClient jdbc;

	private final OpenDataProperties properties;

	SourceSettingsRepository(JdbcClient jdbc, OpenDataProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/**
	 * A source's settings as they are now.
	 * @param source the source
	 * @return what an administrator saved, or else the configured defaults (version -1)
	 */
	public SourceSettings current(String source) {
		var defaults = properties.source(source);
		return jdbc.sql("select * from opendata.source_setting where source = :source")
			.param("source", source)
			.query((rs, row) -> new SourceSettings(source, rs.getBoolean("scheduled"), rs.getString("cron"),
					rs.getString("base_url"), codes(rs.getString("municipalities")), rs.getString("subscription_key"),
					rs.getString("sync_state"), rs.getInt("version")))
			.optional()
			.orElseGet(() -> new SourceSettings(source, defaults.scheduled(), defaults.cron(), defaults.baseUrl(),
					new LinkedHashSet<>(defaults.municipalities()), null, null, -1));
	}

	/**
	 * Saves what an administrator set.
	 * @param changed the new settings; a blank key keeps the saved one
	 * @param actor who saved
	 */
	@Transactional
	public void save(SourceSettings changed, PersonId actor) {
		validate(changed);
		var current = current(changed.source());
		if (current.version() != changed.version()) {
			throw new StaleVersionException();
		}
		var key = changed.subscriptionKey() == null || changed.subscriptionKey().isBlank() ? current.subscriptionKey()
				: changed.subscriptionKey().strip();
		jdbc.sql(
				"""
						insert into opendata.source_setting (source, scheduled, cron, base_url, municipalities, subscription_key,
						  sync_state, updated_by, version)
						values (:source, :scheduled, :cron, :url, :municipalities, :key, :state, :actor, 0)
						on conflict (source) do update set scheduled = excluded.scheduled, cron = excluded.cron,
						  base_url = excluded.base_url, municipalities = excluded.municipalities,
						  subscription_key = excluded.subscription_key, updated_by = excluded.updated_by, updated_at = now(),
						  version = opendata.source_setting.version + 1""")
			.param("source", changed.source())
			.param("scheduled", changed.scheduled())
			.param("cron", changed.cron())
			.param("url", changed.baseUrl())
			.param("municipalities", String.join(",", changed.municipalities()))
			.param("key", key)
			.param("state", current.syncState())
			.param("actor", actor.value())
			.update();
	}

	private static void validate(SourceSettings changed) {
		if (changed.cron() != null && !CronExpression.isValidExpression(changed.cron())) {
			throw new InvalidInputException("cron", "validation.cron", changed.cron());
		}
		if (changed.scheduled() && changed.cron() == null) {
			throw new InvalidInputException("cron", "validation.required");
		}
		if (changed.baseUrl() != null && !changed.baseUrl().matches("https?://\\S{1,490}")) {
			throw new InvalidInputException("baseUrl", "validation.url");
		}
	}

	/**
	 * Keeps what a complete run left for the next incremental one.
	 * @param source the source
	 * @param state the state
	 */
	@Transactional
	public void saveSyncState(String source, String state) {
		var current = current(source);
		jdbc.sql("""
				insert into opendata.source_setting (source, scheduled, cron, base_url, municipalities, sync_state)
				values (:source, :scheduled, :cron, :url, :municipalities, :state)
				on conflict (source) do update set sync_state = excluded.sync_state""")
			.param("source", source)
			.param("scheduled", current.scheduled())
			.param("cron", current.cron())
			.param("url", current.baseUrl())
			.param("municipalities", String.join(",", current.municipalities()))
			.param("state", state)
			.update();
	}

	/**
	 * Forgets what the last complete run left, so the next run reads the whole source
	 * again (unchanged records are still recognised and not written).
	 * @param source the source
	 * @param actor the administrator who asked
	 */
	@Transactional
	public void forgetSyncState(String source, PersonId actor) {
		jdbc.sql("""
				update opendata.source_setting set sync_state = null, updated_by = :actor, updated_at = now()
				where source = :source""").param("source", source).param("actor", actor.value()).update();
	}

	/**
	 * Reads a list of municipality codes as typed: separated by commas or spaces.
	 * @param text the codes
	 * @return the codes
	 */
	public static Set<String> codes(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Set.of();
		}
		var codes = Arrays.stream(text.split("[,\\s]+"))
			.map(String::strip)
			.filter(code -> !code.isEmpty())
			.collect(Collectors.toCollection(LinkedHashSet::new));
		for (var code : codes) {
			if (!MUNICIPALITY.matcher(code).matches()) {
				throw new InvalidInputException("municipalities", "validation.municipalityCode", code);
			}
		}
		return codes;
	}

}
