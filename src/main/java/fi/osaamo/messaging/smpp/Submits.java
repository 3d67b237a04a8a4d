package fi.osaamo.messaging.smpp;

import java.io.IOException;
import java.util.Set;

import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.SMPPSession;

/**
 * One submit_sm and what its answer means: accepted, throttled, a temporary or a
 * permanent failure, or in doubt when no answer came.
 */
final class Submits {

	/** Errors that sending again cannot mend. */
	private static final Set<Integer> PERMANENT = Set.of(SMPPConstant.STAT_ESME_RINVDSTADR,
			SMPPConstant.STAT_ESME_RINVSRCADR, SMPPConstant.STAT_ESME_RINVMSGLEN, SMPPConstant.STAT_ESME_RINVESMCLASS,
			SMPPConstant.STAT_ESME_RINVSRCTON, SMPPConstant.STAT_ESME_RINVSRCNPI, SMPPConstant.STAT_ESME_RINVDSTTON,
			SMPPConstant.STAT_ESME_RINVDSTNPI, SMPPConstant.STAT_ESME_RINVEXPIRY, SMPPConstant.STAT_ESME_RINVDFTMSGID,
			SMPPConstant.STAT_ESME_RINVNUMDESTS);

	/**
	 * One day, relative (SMPP 3.4 §7.1.1): the SMSC gives up and sends an EXPIRED
	 * receipt.
	 */
	private static final String VALIDITY = "000001000000000R";

	private Submits() {
	}

	static SubmitOutcome submit(SMPPSession session, SubmitRequest part) {
		try {
			var result = session.submitShortMessage("", sourceTon(part.source()), sourceNpi(part.source()),
					Pdus.address(part.source()), TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
					Pdus.address(part.destination()), new ESMClass(part.concatenated() ? Pdus.UDHI : 0), (byte) 0,
					(byte) 1, null, VALIDITY, new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0,
					DataCodings.newInstance(part.encoding().dataCoding()), (byte) 0, part.payload());
			return new SubmitOutcome.Accepted(result.getMessageId());
		}
		catch (NegativeResponseException ex) {
			return negative(ex.getCommandStatus());
		}
		catch (ResponseTimeoutException ex) {
			return new SubmitOutcome.InDoubt("NO_RESPONSE");
		}
		catch (PDUException ex) {
			return new SubmitOutcome.Permanent("BAD_PDU");
		}
		catch (InvalidResponseException | IOException ex) {
			return new SubmitOutcome.InDoubt("IO");
		}
		catch (IllegalStateException ex) {
			// jSMPP: the session is not bound (any more); nothing was written.
			return new SubmitOutcome.Temporary("NOT_BOUND");
		}
	}

	static SubmitOutcome negative(int status) {
		if (status == SMPPConstant.STAT_ESME_RTHROTTLED) {
			return new SubmitOutcome.Throttled();
		}
		var error = String.format("SMPP_0x%02X", status);
		return PERMANENT.contains(status) ? new SubmitOutcome.Permanent(error) : new SubmitOutcome.Temporary(error);
	}

	private static TypeOfNumber sourceTon(String source) {
		if (source.matches("\\+?[0-9]+")) {
			return source.startsWith("+") ? TypeOfNumber.INTERNATIONAL : TypeOfNumber.UNKNOWN;
		}
		return TypeOfNumber.ALPHANUMERIC;
	}

	private static NumberingPlanIndicator sourceNpi(String source) {
		return source.matches("\\+?[0-9]+") ? NumberingPlanIndicator.ISDN : NumberingPlanIndicator.UNKNOWN;
	}

}
