package fi.osaamo.coach.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Optional;

import fi.osaamo.coach.matrix.MatrixManagement;
import fi.osaamo.coach.matrix.MessageMatrix;
import fi.osaamo.coach.matrix.StatusQuery;
import fi.osaamo.messaging.SmsRequested;
import fi.osaamo.organisation.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the status queries due today (Helsinki time) to every apprentice whose period is
 * under way, by the current version of their school's matrix: each once, with a personal
 * link, queued in the same transaction as the record of it. A query missed by a day or
 * two (Osaamo was down) goes out late rather than not at all; quiet hours hold a message
 * until the morning.
 */
@Component
public class QuerySender {

	private static final Logger log = LoggerFactory.getLogger(QuerySender.class);

	private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

	/** How many days late a missed query still goes out. */
	private static final int CATCH_UP_DAYS = 2;

	private final DueQueries due;

	private final MatrixManagement matrices;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final boolean enabled;

	QuerySender(DueQueries due, MatrixManagement matrices, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock, @Value("${app.coach.sending:true}") boolean enabled) {
		this.due = due;
		this.matrices = matrices;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Scheduled(cron = "${app.coach.sending-cron:0 */10 * * * *}", zone = "Europe/Helsinki")
	void onSchedule() {
		if (this.enabled) {
			int sent = sendDue();
			if (sent > 0) {
				log.info("Queued {} status queries to apprentices", sent);
			}
		}
	}

	/**
	 * Queues what is due today and not yet sent.
	 * @return how many messages were queued
	 */
	public int sendDue() {
		var today = LocalDate.ofInstant(this.clock.instant(), HELSINKI);
		var matrices = new HashMap<OrganisationId, Optional<MessageMatrix>>();
		int sent = 0;
		for (var apprenticeship : this.due.underWay(today)) {
			var matrix = matrices.computeIfAbsent(apprenticeship.school(), this.matrices::current);
			if (matrix.isPresent()) {
				sent += send(apprenticeship, matrix.get(), today);
			}
		}
		return sent;
	}

	private int send(DueQueries.UnderWay apprenticeship, MessageMatrix matrix, LocalDate today) {
		int sent = 0;
		for (var query : matrix.queries()) {
			var day = latestDue(query, apprenticeship, today);
			if (day != null && Boolean.TRUE
				.equals(this.transactions.execute(status -> queue(apprenticeship, matrix.version(), query, day)))) {
				sent++;
			}
		}
		return sent;
	}

	private boolean queue(DueQueries.UnderWay apprenticeship, int version, StatusQuery query, LocalDate day) {
		var id = this.due.queue(apprenticeship, query.key(), version, day);
		if (id == null) {
			return false;
		}
		this.events.publishEvent(new SmsRequested("coach:" + id, apprenticeship.school().value(),
				apprenticeship.apprentice(), "apprenticeship:" + apprenticeship.id(),
				query.message(apprenticeship.language()), apprenticeship.language(), false, true));
		return true;
	}

	private static @Nullable LocalDate latestDue(StatusQuery query, DueQueries.UnderWay apprenticeship,
			LocalDate today) {
		return query.days(apprenticeship.startsOn(), apprenticeship.endsOn())
			.stream()
			.filter(day -> !day.isAfter(today) && !day.isBefore(today.minusDays(CATCH_UP_DAYS)))
			.reduce((first, second) -> second)
			.orElse(null);
	}

}
