/**
 * The message matrix: which status queries a school's apprentices receive and when,
 * relative to their on-the-job period, in fi, sv and en, with the answers each query
 * offers and what each answer means: all fine, or a need for help on a topic, routed to a
 * handler. Every change is a new version; a message keeps the version it was sent with.
 */
@org.jspecify.annotations.NullMarked
package fi.osaamo.coach.matrix;
