package fi.osaamo.messaging.sms;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * This instance as a sender: its id on the claims it makes, and a heartbeat in the
 * database so that other instances can tell its claims from those of a sender that died.
 */
@Component
class SmsSenders {

	private final UUID id = UUID.randomUUID();

	private final JdbcClient jdbc;

	private final Clock clock;

	SmsSenders(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	UUID id() {
		return this.id;
	}

	@Scheduled(fixedDelayString = "${app.messaging.sms.heartbeat:5s}")
	void beat() {
		this.jdbc.sql("""
				insert into messaging.sms_sender (id, host, heartbeat_at) values (:id, :host, :now)
				on conflict (id) do update set heartbeat_at = excluded.heartbeat_at""")
			.param("id", this.id)
			.param("host", host())
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	/**
	 * Says this sender stopped, so its claims (none, after a clean stop) are not waited
	 * for.
	 */
	void leave() {
		this.jdbc.sql("delete from messaging.sms_sender where id = :id").param("id", this.id).update();
	}

	private static String host() {
		try {
			var name = InetAddress.getLocalHost().getHostName() + "/" + ProcessHandle.current().pid();
			return name.length() > 100 ? name.substring(0, 100) : name;
		}
		catch (UnknownHostException ex) {
			return "pid " + ProcessHandle.current().pid();
		}
	}

}
