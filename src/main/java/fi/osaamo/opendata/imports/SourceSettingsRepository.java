package fi.osaamo.opendata.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;

import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.StaleVersionException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Source settings: the configured defaults, overridden by what an administrator saved.
 */
@Repository
public class SourceSettingsRepository {

	private static final String SAVE = """
			insert into opendata.source_setting (source, scheduled, cron, base_url, municipalities, subscription_key,
			  sync_state, updated_by, version) values (:source, :scheduled, :cron, :url, :municipalities, :key, :state, :actor, 0)
			on conflict (source) do update set scheduled = excluded.scheduled, cron = excluded.cron,
			  base_url = excluded.base_url, municipalities = excluded.municipalities,
			  subscription_key = excluded.subscription_key, updated_by = excluded.updated_by, updated_at = now(),
			  version = opendata.source_setting.version + 1""";

	private static final String SAVE_SYNC_STATE = """
			insert into opendata.source_setting (source, scheduled, cron, base_url, municipalities, sync_state)
			values (:source, :scheduled, :cron, :url, :municipalities, :state)
			on conflict (source) do update set sync_state = excluded.sync_state""";

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
			.query((rs, row) -> saved(source, rs))
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
		SourceSettingsInput.validate(changed);
		var current = current(changed.source());
		if (current.version() != changed.version()) {
			throw new StaleVersionException();
		}
		withSettings(jdbc.sql(SAVE), changed).param("key", keyToKeep(changed, current))
			.param("state", current.syncState())
			.param("actor", actor.value())
			.update();
	}

	/**
	 * Keeps what a complete run left for the next incremental one.
	 * @param source the source
	 * @param state the state
	 */
	@Transactional
	public void saveSyncState(String source, String state) {
		var current = current(source);
		withSettings(jdbc.sql(SAVE_SYNC_STATE), current).param("state", state).update();
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

	private static SourceSettings saved(String source, ResultSet rs) throws SQLException {
		return new SourceSettings(source, rs.getBoolean("scheduled"), rs.getString("cron"), rs.getString("base_url"),
				SourceSettingsInput.codes(rs.getString("municipalities")), rs.getString("subscription_key"),
				rs.getString("sync_state"), rs.getInt("version"));
	}

	private static JdbcClient.StatementSpec withSettings(JdbcClient.StatementSpec statement, SourceSettings settings) {
		return statement.param("source", settings.source())
			.param("scheduled", settings.scheduled())
			.param("cron", settings.cron())
			.param("url", settings.baseUrl())
			.param("municipalities", String.join(",", settings.municipalities()));
	}

	private static @Nullable String keyToKeep(SourceSettings changed, SourceSettings current) {
		return changed.subscriptionKey() == null || changed.subscriptionKey().isBlank() ? current.subscriptionKey()
				: changed.subscriptionKey().strip();
	}

}
