package fi.osaamo.messaging.smpp;

/** The state of the bind to the SMSC. */
public enum LinkState {

	/** No SMSC is configured and the simulator is off: nothing is sent. */
	NOT_CONFIGURED,

	/** Binding for the first time. */
	CONNECTING,

	/** Bound as a transceiver. */
	BOUND,

	/** The bind dropped; waiting to bind again. */
	DISCONNECTED,

	/** Stopped with the application. */
	STOPPED

}
