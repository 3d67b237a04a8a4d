package fi.osaamo.messaging.smpp;

import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both ends of an SMPP connection send each PDU at once: with Nagle's algorithm on, a
 * window of outstanding PDUs stalled on delayed ACKs (the raw client of the benchmark
 * fell from about 9,000 to 1,500 messages a second with a delivery window of 40).
 */
class NoDelaySocketsTests {

	@Test
	void connectedAndAcceptedConnectionsSendAtOnce() throws Exception {
		int port;
		try (var probe = new ServerSocket(0)) {
			port = probe.getLocalPort();
		}
		var listening = NoDelaySockets.INSTANCE.listen(port, 5_000);
		try {
			var client = NoDelaySockets.INSTANCE.createConnection("127.0.0.1", port);
			var server = listening.accept();
			try {
				assertThat(((NoDelaySockets.NoDelayConnection) client).sendsAtOnce()).isTrue();
				assertThat(((NoDelaySockets.NoDelayConnection) server).sendsAtOnce()).isTrue();
			}
			finally {
				client.close();
				server.close();
			}
		}
		finally {
			listening.close();
		}
	}

}
