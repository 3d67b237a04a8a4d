package fi.osaamo.messaging.sms;

import java.time.Duration;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import fi.osaamo.messaging.SmsSettings;
import com.github.benmanes.caffeine.cache.Caffeine;
import fi.osaamo.identity.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Organisations' sender ids and quiet hours; read for every batch, so kept for a few
 * seconds.
 */
@Repository
public class SmsSettingsRepository {

	private static final String FIND = """
			select organisation_id, sender_id, quiet_from, quiet_until, quiet_weekends
			from messaging.sms_settings where organisation_id = :organisation""";

	private static final String SAVE = """
			insert into messaging.sms_settings
			  (organisation_id, sender_id, quiet_from, quiet_until, quiet_weekends, updated_at, updated_by)
			values (:organisation, :sender, :from, :until, :weekends, now(), :by)
			on conflict (organisation_id) do update set sender_id = excluded.sender_id,
			  quiet_from = excluded.quiet_from, quiet_until = excluded.quiet_until,
			  quiet_weekends = excluded.quiet_weekends, updated_at = now(), updated_by = excluded.updated_by""";

	private final JdbcClient jdbc;

	private final Cache<UUID, SmsSettings> cache = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofSeconds(5))
		.maximumSize(10_000)
		.build();

	SmsSettingsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An organisation's settings, its defaults if it has none. */
	public SmsSettings of(UUID organisation) {
		return this.cache.get(organisation, this::load);
	}

	/** Saves an organisation's settings; every instance sees them within seconds. */
	public void save(SmsSettings settings, PersonId by) {
		this.jdbc.sql(SAVE)
			.param("organisation", settings.organisation())
			.param("sender", settings.senderId())
			.param("from", settings.quietFrom())
			.param("until", settings.quietUntil())
			.param("weekends", settings.quietWeekends())
			.param("by", by.value())
			.update();
		this.cache.invalidate(settings.organisation());
	}

	private SmsSettings load(UUID organisation) {
		return this.jdbc.sql(FIND)
			.param("organisation", organisation)
			.query((rs, row) -> new SmsSettings(organisation, rs.getString("sender_id"),
					rs.getObject("quiet_from", java.time.LocalTime.class),
					rs.getObject("quiet_until", java.time.LocalTime.class), rs.getBoolean("quiet_weekends")))
			.optional()
			.orElseGet(() -> SmsSettings.defaults(organisation));
	}

}
