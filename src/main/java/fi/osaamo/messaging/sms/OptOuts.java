package fi.osaamo.messaging.sms;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The numbers that said STOP, by their keys. */
@Component
class OptOuts {

	private final JdbcClient jdbc;

	OptOuts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds a number; returns whether it was not there yet. */
	boolean add(String numberKey) {
		return this.jdbc.sql("insert into messaging.sms_opt_out (number_key) values (:key) on conflict do nothing")
			.param("key", numberKey)
			.update() > 0;
	}

	/** Removes a number; returns whether it was there. */
	boolean remove(String numberKey) {
		return this.jdbc.sql("delete from messaging.sms_opt_out where number_key = :key")
			.param("key", numberKey)
			.update() > 0;
	}

	boolean contains(String numberKey) {
		return this.jdbc.sql("select exists (select 1 from messaging.sms_opt_out where number_key = :key)")
			.param("key", numberKey)
			.query(Boolean.class)
			.single();
	}

}
