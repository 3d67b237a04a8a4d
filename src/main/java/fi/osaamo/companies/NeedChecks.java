package fi.osaamo.companies;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Checks the days a need is charted and followed up on, and that a need can be referred
 * to a service.
 */
@Component
class NeedChecks {

	private final ServiceCatalogue catalogue;

	private final Clock clock;

	NeedChecks(ServiceCatalogue catalogue, Clock clock) {
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/**
	 * When a need charted on a day was charted: now if today, else at noon that day.
	 */
	Instant chartedAt(LocalDate chartedOn) {
		if (chartedOn.isAfter(LocalDate.now(clock))) {
			throw new InvalidInputException("chartedOn", "validation.dateInFuture");
		}
		return chartedOn.equals(LocalDate.now(clock)) ? clock.instant()
				: chartedOn.atTime(12, 0).atZone(clock.getZone()).toInstant();
	}

	/**
	 * Checks that an open need can be referred to an available service with a follow-up
	 * today or later.
	 * @return the service
	 */
	ServiceOffer referral(Need need, OrganisationId team, UUID serviceId, LocalDate followUpOn) {
		if (need.status().closed()) {
			throw new InvalidInputException("need", "companies.referral.needClosed");
		}
		var service = catalogue.findService(team, serviceId)
			.filter(ServiceOffer::available)
			.orElseThrow(() -> new InvalidInputException("service", "companies.referral.serviceGone"));
		checkFollowUp(followUpOn);
		return service;
	}

	private void checkFollowUp(LocalDate followUpOn) {
		if (followUpOn.isBefore(LocalDate.now(clock))) {
			throw new InvalidInputException("followUpOn", "companies.referral.followUpPast");
		}
	}

}
