/**
 * The developer's phone, {@code /dev/phone}: while Osaamo runs with its simulated SMSC,
 * each simulated number's messages as a phone shows them, and a reply typed as that
 * phone, so that the whole text-message path can be tried without an operator.
 */
@org.jspecify.annotations.NullMarked
package fi.osaamo.messaging.devphone;
