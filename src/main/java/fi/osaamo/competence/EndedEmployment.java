package fi.osaamo.competence;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;

import fi.osaamo.organisation.LeftOrganisation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ends what a person granted an organisation they have left, in the transaction that took
 * their last role there away: the organisation's HR sees nothing more from that moment,
 * and the person still sees the grants (as ended) and may remove them.
 */
@Component
class EndedEmployment {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EndedEmployment(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void on(LeftOrganisation left) {
		var ended = jdbc.sql("""
				update competence.grant set ended_on = :today
				where person_id = :person and organisation_id = :organisation and ended_on is null""")
			.param("today", Date.valueOf(LocalDate.now(clock)))
			.param("person", left.person().value())
			.param("organisation", left.organisation().value())
			.update();
		if (ended > 0) {
			events.publishEvent(new SharingChanged(left.person()));
		}
	}

}
