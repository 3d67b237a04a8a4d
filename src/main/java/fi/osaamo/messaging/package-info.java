/**
 * Messages to people: for now e-mail through SMTP. Other modules publish
 * {@link fi.osaamo.messaging.EmailRequested} in their own transaction (the Event
 * Publication Registry is the outbox); this module looks up the recipient's address,
 * sends once per key and keeps a log of what it sent.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "identity" })
@org.jspecify.annotations.NullMarked
package fi.osaamo.messaging;
