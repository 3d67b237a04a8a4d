package fi.osaamo.messaging.smpp;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import fi.osaamo.messaging.SmsEncoding;
import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.MessageId;

/**
 * The simulated SMSC's answers to submit_sm: an id and a delivery receipt, or the error a
 * test asked for. Other operations are refused as an SMSC that does not offer them.
 */
class SimulatedSubmits implements ServerMessageReceiverListener {

	private static final byte RECEIPT = 0x04;

	private final SimulatedPhones phones;

	private final SimulatorDeliveries deliveries;

	private final List<Submission> accepted = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

	private final AtomicLong ids = new AtomicLong(System.currentTimeMillis() * 1000);

	private final AtomicInteger throttled = new AtomicInteger();

	private final Map<String, Integer> refused = new ConcurrentHashMap<>();

	private volatile boolean receipts = true;

	SimulatedSubmits(SimulatedPhones phones, SimulatorDeliveries deliveries) {
		this.phones = phones;
		this.deliveries = deliveries;
	}

	List<Submission> accepted() {
		synchronized (this.accepted) {
			return List.copyOf(this.accepted);
		}
	}

	void throttleNext(int submits) {
		this.throttled.set(submits);
	}

	void refuse(String e164, int status) {
		this.refused.put(Pdus.address(e164), status);
	}

	void receipts(boolean send) {
		this.receipts = send;
	}

	@Override
	public SubmitSmResult onAcceptSubmitSm(SubmitSm submit, SMPPServerSession source) throws ProcessRequestException {
		if (this.throttled.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
			throw new ProcessRequestException("Throttled", SMPPConstant.STAT_ESME_RTHROTTLED);
		}
		var status = this.refused.get(submit.getDestAddress());
		if (status != null) {
			throw new ProcessRequestException("Refused", status);
		}
		var encoding = (submit.getDataCoding() & 0x0F) == 0x08 ? SmsEncoding.UCS2 : SmsEncoding.GSM7;
		var text = Pdus.text(submit.getDataCoding(), submit.getEsmClass(), submit.getShortMessage());
		var id = Long.toString(this.ids.incrementAndGet());
		var part = new Submission(id, source.getSessionId(), submit.getSourceAddr(), "+" + submit.getDestAddress(),
				encoding, Pdus.concatenation(submit.getEsmClass(), submit.getShortMessage()), text, Instant.now());
		this.accepted.add(part);
		this.phones.received(part);
		if (this.receipts && (submit.getRegisteredDelivery() & 0x03) != 0) {
			receipt(part, submit, source.getSessionId());
		}
		try {
			return new SubmitSmResult(new MessageId(id), null);
		}
		catch (PDUStringException ex) {
			throw new ProcessRequestException("Bad id", SMPPConstant.STAT_ESME_RSYSERR);
		}
	}

	private void receipt(Submission part, SubmitSm submit, String origin) {
		var now = new Date();
		var start = part.text().length() > 20 ? part.text().substring(0, 20) : part.text();
		var receipt = new DeliveryReceipt(part.smscId(), 1, 1, now, now, DeliveryReceiptState.DELIVRD, "000", start);
		this.deliveries.add(new SimulatorDeliveries.Pending(submit.getDestAddress(), submit.getSourceAddr(), RECEIPT,
				(byte) 0x03, receipt.toString().getBytes(StandardCharsets.ISO_8859_1), part.smscId(), origin));
	}

	@Override
	public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
			throws ProcessRequestException {
		throw unsupported();
	}

	@Override
	public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
		throw unsupported();
	}

	@Override
	public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
		throw unsupported();
	}

	@Override
	public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
		throw unsupported();
	}

	@Override
	public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
			throws ProcessRequestException {
		throw unsupported();
	}

	@Override
	public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
			throws ProcessRequestException {
		throw unsupported();
	}

	@Override
	public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm, SMPPServerSession source)
			throws ProcessRequestException {
		throw unsupported();
	}

	@Override
	public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
		throw unsupported();
	}

	private static ProcessRequestException unsupported() {
		return new ProcessRequestException("Not offered by the simulator", SMPPConstant.STAT_ESME_RINVCMDID);
	}

}
