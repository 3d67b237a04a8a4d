package fi.osaamo.messaging.ops;

import java.time.Instant;

import fi.osaamo.messaging.smpp.LinkState;
import org.jspecify.annotations.Nullable;

/**
 * The bind and the switch: whether anything can be sent now.
 *
 * @param link the bind's state
 * @param boundSince since when the bind has been up, if it is
 * @param binds how many times this instance has bound since it started
 * @param simulated whether the bind goes to the simulated SMSC in this JVM
 * @param paused whether an administrator paused sending
 * @param changedAt when sending was last paused or resumed, if ever
 * @param changedBy who did it, by the name they use at work, if known
 */
public record SendingStatus(LinkState link, @Nullable Instant boundSince, int binds, boolean simulated, boolean paused,
		@Nullable Instant changedAt, @Nullable String changedBy) {

	public boolean bound() {
		return this.link == LinkState.BOUND;
	}

}
