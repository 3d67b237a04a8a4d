/**
 * SMPP 3.4 with jSMPP: the transceiver bind to the operator's SMSC, and a simulated SMSC
 * for running and testing without an operator.
 */
@org.jspecify.annotations.NullMarked
package fi.osaamo.messaging.smpp;
