/**
 * The administrators' view of the text-message channel: the bind, the queue, throughput,
 * delivery per day, failures and what came in unmatched; pausing and resuming sending;
 * and a message tried on one's own phone.
 */
@NullMarked
package fi.osaamo.messaging.ops;

import org.jspecify.annotations.NullMarked;
