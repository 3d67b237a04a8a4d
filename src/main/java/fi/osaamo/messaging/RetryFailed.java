package fi.osaamo.messaging;

import java.time.Duration;
import java.time.Instant;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again the messages whose delivery failed (an SMTP server down, say): their
 * events stay incomplete in the Event Publication Registry until a delivery succeeds.
 */
@Component
class RetryFailed {

	private final IncompleteEventPublications publications;

	private final MessagingProperties properties;

	RetryFailed(IncompleteEventPublications publications, MessagingProperties properties) {
		this.publications = publications;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	void retry() {
		resubmit(properties.retryAfter());
	}

	void resubmit(Duration olderThan) {
		var before = Instant.now().minus(olderThan);
		publications.resubmitIncompletePublications(publication -> publication.getEvent() instanceof EmailRequested
				&& !publication.getPublicationDate().isAfter(before));
	}

}
