package fi.osaamo.messaging.smpp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import fi.osaamo.messaging.SmsText;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An SMSC in this JVM, built on jSMPP's server side, for running Osaamo without an
 * operator and for tests: it accepts transceiver binds with the configured account,
 * answers submits (or refuses them as throttled or invalid when told to), sends delivery
 * receipts, and delivers messages typed on a simulated phone. It can be stopped and
 * started again on the same port, like an SMSC restarting.
 */
public class SmscSimulator {

	private static final Logger log = LoggerFactory.getLogger(SmscSimulator.class);

	private final String systemId;

	private final String password;

	private final SimulatedPhones phones = new SimulatedPhones();

	/** How many deliver_sm wait for their response at once, as an SMSC's window does. */
	private static final int DELIVERY_WINDOW = 10;

	private final SimulatorDeliveries deliveries = new SimulatorDeliveries();

	private final SimulatedSubmits submits;

	private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();

	private final AtomicInteger bindCount = new AtomicInteger();

	private volatile int port;

	private volatile @Nullable SMPPServerSessionListener listener;

	/**
	 * A simulator not yet started.
	 * @param port the port to listen on, 0 for any free one
	 * @param systemId the account's system id
	 * @param password the account's password
	 */
	public SmscSimulator(int port, String systemId, String password) {
		this.port = port;
		this.systemId = systemId;
		this.password = password;
		this.submits = new SimulatedSubmits(this.phones, this.deliveries);
	}

	/** Starts listening (again, on the same port after a stop). */
	public synchronized void start() throws IOException {
		if (this.port == 0) {
			// jSMPP's listener does not tell the port the system chose: take a free one
			// first.
			try (var probe = new java.net.ServerSocket(0)) {
				this.port = probe.getLocalPort();
			}
		}
		var server = new SMPPServerSessionListener(this.port, NoDelaySockets.INSTANCE);
		server.setPduProcessorDegree(4);
		server.setMessageReceiverListener(this.submits);
		this.listener = server;
		this.deliveries.start(DELIVERY_WINDOW);
		var acceptor = new Thread(() -> accept(server), "smsc-simulator-accept");
		acceptor.setDaemon(true);
		acceptor.start();
		log.info("Simulated SMSC listening on port {}", this.port);
	}

	/** Stops as an SMSC going down would: binds closed, queued deliveries kept. */
	public synchronized void stop() {
		var server = this.listener;
		this.listener = null;
		if (server != null) {
			try {
				server.close();
			}
			catch (IOException ex) {
				log.debug("Closing the simulated SMSC", ex);
			}
		}
		this.deliveries.stop();
		this.sessions.forEach(SMPPServerSession::close);
		this.sessions.clear();
	}

	/** Whether it is listening. */
	public boolean running() {
		return this.listener != null;
	}

	public int port() {
		return this.port;
	}

	public SimulatedPhones phones() {
		return this.phones;
	}

	/** Every part accepted, in order. */
	public List<Submission> submissions() {
		return this.submits.accepted();
	}

	/** How many binds were accepted since the simulator was made. */
	public int binds() {
		return this.bindCount.get();
	}

	/** How many receipts and phone messages wait for a bind. */
	public int waitingDeliveries() {
		return this.deliveries.waiting();
	}

	/** Answers the next submits ESME_RTHROTTLED, as an SMSC over its rate does. */
	public void throttleNext(int submits) {
		this.submits.throttleNext(submits);
	}

	/** Answers submits to a number with an error, as for a barred or unknown number. */
	public void refuse(String e164, int commandStatus) {
		this.submits.refuse(e164, commandStatus);
	}

	/** Stops sending delivery receipts (as some operators never do), or starts again. */
	public void receipts(boolean send) {
		this.submits.receipts(send);
	}

	/**
	 * A message typed on a phone, to the sender id: delivered to the bind as deliver_sm.
	 * @param from the phone's number, E.164
	 * @param to the sender id it answers
	 * @param text the text, in one part
	 */
	public void reply(String from, String to, String text) {
		var coded = SmsText.of(text);
		this.phones.sent(from, to, text, coded.encoding());
		this.deliveries.add(new SimulatorDeliveries.Pending(Pdus.address(from), to, (byte) 0,
				coded.encoding().dataCoding(), coded.payload(0, 0), null, null));
	}

	/** A deliver_sm that claims to be a receipt but says nothing a receipt says. */
	public void sendMalformedReceipt(String from, String text) {
		this.deliveries.add(new SimulatorDeliveries.Pending(Pdus.address(from), this.systemId, (byte) 0x04, (byte) 0,
				text.getBytes(StandardCharsets.ISO_8859_1), null, null));
	}

	private void accept(SMPPServerSessionListener server) {
		while (this.listener == server) {
			try {
				var session = server.accept();
				var bind = session.waitForBind(5000);
				if (bind.getBindType() != BindType.BIND_TRX || !this.systemId.equals(bind.getSystemId())
						|| !this.password.equals(bind.getPassword() == null ? "" : bind.getPassword())) {
					log.warn("Simulated SMSC refused a {} bind as {} (wrong type, system id or password)",
							bind.getBindType(), bind.getSystemId());
					bind.reject(org.jsmpp.SMPPConstant.STAT_ESME_RBINDFAIL);
					continue;
				}
				bind.accept(this.systemId, InterfaceVersion.IF_34);
				this.sessions.add(session);
				this.deliveries.bound(session);
				this.bindCount.incrementAndGet();
			}
			catch (Exception ex) {
				if (this.listener == server) {
					log.debug("A bind to the simulated SMSC failed", ex);
				}
			}
		}
	}

}
