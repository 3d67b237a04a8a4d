package fi.osaamo.messaging.smpp;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Where the bind goes: the operator's SMSC when one is configured, otherwise the
 * simulated SMSC, which this class starts first and stops last.
 */
@Component
public class SmppEndpoint implements SmartLifecycle {

	private final SmppProperties properties;

	private final @Nullable SmscSimulator simulator;

	SmppEndpoint(SmppProperties properties) {
		this.properties = properties;
		this.simulator = properties.simulated()
				? new SmscSimulator(properties.simulatorPort(), properties.systemId(), properties.password()) : null;
	}

	/**
	 * A host and a port.
	 *
	 * @param host the host
	 * @param port the port
	 */
	public record Address(String host, int port) {
	}

	/**
	 * The SMSC's address, or {@code null} when none is configured and no simulator runs.
	 */
	public @Nullable Address address() {
		if (this.properties.operatorConfigured()) {
			return new Address(java.util.Objects.requireNonNull(this.properties.host()), this.properties.port());
		}
		return this.simulator == null ? null : new Address("127.0.0.1", this.simulator.port());
	}

	/** The simulated SMSC, when it is the one in use. */
	public @Nullable SmscSimulator simulator() {
		return this.simulator;
	}

	@Override
	public void start() {
		if (this.simulator != null && !this.simulator.running()) {
			try {
				this.simulator.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("The simulated SMSC could not start", ex);
			}
		}
	}

	@Override
	public void stop() {
		if (this.simulator != null) {
			this.simulator.stop();
		}
	}

	@Override
	public boolean isRunning() {
		return this.simulator != null && this.simulator.running();
	}

	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 200;
	}

}
