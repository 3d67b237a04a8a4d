package fi.osaamo.messaging.smpp;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.SMPPServerSession;
import org.jspecify.annotations.Nullable;

/**
 * The simulated SMSC's deliver_sm queue: receipts and messages from phones wait here
 * until a bind can take them, and stay when delivering fails (the bind dropped), as a
 * real SMSC keeps them for the account's next bind.
 */
class SimulatorDeliveries {

	private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

	private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();

	private final AtomicBoolean running = new AtomicBoolean();

	private final List<Thread> workers = new CopyOnWriteArrayList<>();

	/**
	 * A deliver_sm waiting for a bind.
	 *
	 * @param from the source address (a phone)
	 * @param to the destination address (the sender id)
	 * @param esmClass receipt or plain message
	 * @param dataCoding how the payload is coded
	 * @param payload the short_message
	 * @param receiptedId for a receipt, the receipted_message_id TLV
	 * @param origin for a receipt, the session that submitted the message: it gets the
	 * receipt while it is bound, another bind of the account after that
	 */
	record Pending(String from, String to, byte esmClass, byte dataCoding, byte[] payload, @Nullable String receiptedId,
			@Nullable String origin) {
	}

	void add(Pending pending) {
		this.queue.add(pending);
	}

	void bound(SMPPServerSession session) {
		this.sessions.add(session);
	}

	int waiting() {
		return this.queue.size();
	}

	void start(int threads) {
		if (!this.running.compareAndSet(false, true)) {
			return;
		}
		for (int i = 0; i < threads; i++) {
			var worker = new Thread(this::deliver, "smsc-simulator-deliver-" + i);
			worker.setDaemon(true);
			this.workers.add(worker);
			worker.start();
		}
	}

	void stop() {
		this.running.set(false);
		this.workers.forEach(Thread::interrupt);
		this.workers.clear();
		this.sessions.clear();
	}

	private void deliver() {
		while (this.running.get()) {
			try {
				var next = this.queue.poll(200, TimeUnit.MILLISECONDS);
				if (next != null && !deliver(next)) {
					this.queue.add(next);
					Thread.sleep(100);
				}
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	private boolean deliver(Pending pending) {
		this.sessions.removeIf(session -> !session.getSessionState().isNotClosed());
		var receivable = this.sessions.stream().filter(s -> s.getSessionState().isReceivable()).toList();
		var session = receivable.stream()
			.filter(s -> s.getSessionId().equals(pending.origin()))
			.findFirst()
			.or(() -> receivable.stream().findFirst());
		if (session.isEmpty()) {
			return false;
		}
		try {
			var tlvs = pending.receiptedId() == null ? new OptionalParameter[0]
					: new OptionalParameter[] { new OptionalParameter.Receipted_message_id(pending.receiptedId()),
							new OptionalParameter.Message_state((byte) 2) };
			session.get()
				.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, pending.from(),
						TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, pending.to(),
						new ESMClass(pending.esmClass()), (byte) 0, (byte) 0, new RegisteredDelivery(0),
						DataCodings.newInstance(pending.dataCoding()), pending.payload(), tlvs);
			return true;
		}
		catch (Exception ex) {
			return false;
		}
	}

}
