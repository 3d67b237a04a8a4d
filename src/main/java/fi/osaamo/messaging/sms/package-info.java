/**
 * Text messages: the outbox and its senders, receipts, replies and opt-outs, quiet hours,
 * settlement of messages in doubt, and the personal link's page.
 */
@org.jspecify.annotations.NullMarked
package fi.osaamo.messaging.sms;
