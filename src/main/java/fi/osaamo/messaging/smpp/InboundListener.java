package fi.osaamo.messaging.smpp;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Supplier;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.util.InvalidDeliveryReceiptException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads deliver_sm PDUs: a receipt (esm_class says so) or a message from a phone, and
 * hands them on decoded. If storing fails, the SMSC gets an error and delivers the PDU
 * again, so nothing is acknowledged that was not kept.
 */
class InboundListener implements MessageReceiverListener {

	private static final Logger log = LoggerFactory.getLogger(InboundListener.class);

	private final Supplier<SmppInbound> inbound;

	InboundListener(Supplier<SmppInbound> inbound) {
		this.inbound = inbound;
	}

	@Override
	public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
		try {
			if (deliverSm.isSmscDeliveryReceipt()) {
				this.inbound.get().receipt(receipt(deliverSm));
			}
			else {
				this.inbound.get().message(message(deliverSm));
			}
		}
		catch (RuntimeException ex) {
			log.error("Could not store a PDU from the SMSC; it will come again", ex);
			throw new ProcessRequestException("Not stored", SMPPConstant.STAT_ESME_RSYSERR);
		}
	}

	@Override
	public void onAcceptAlertNotification(AlertNotification alertNotification) {
		// Only sent to binds that asked for alerts; ours does not.
	}

	@Override
	public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
		throw new ProcessRequestException("data_sm is not supported", SMPPConstant.STAT_ESME_RINVCMDID);
	}

	static SmppInbound.Receipt receipt(DeliverSm pdu) {
		var raw = new String(pdu.getShortMessage(), StandardCharsets.ISO_8859_1);
		var from = Pdus.number(pdu.getSourceAddrTon(), pdu.getSourceAddr()).e164().orElse(null);
		var tlvId = receiptedId(pdu);
		try {
			var receipt = pdu.getShortMessageAsDeliveryReceipt();
			var id = tlvId != null ? tlvId : receipt.getId();
			return new SmppInbound.Receipt(id, from, String.valueOf(receipt.getFinalStatus()), receipt.getError(),
					receipt.getText(), raw, id != null && !id.isBlank());
		}
		catch (InvalidDeliveryReceiptException | RuntimeException ex) {
			return new SmppInbound.Receipt(tlvId, from, null, null, null, raw, false);
		}
	}

	static SmppInbound.Message message(DeliverSm pdu) {
		var number = Pdus.number(pdu.getSourceAddrTon(), pdu.getSourceAddr());
		var text = Pdus.text(pdu.getDataCoding(), pdu.getEsmClass(), pdu.getShortMessage());
		return new SmppInbound.Message(number.e164().orElse(pdu.getSourceAddr()), number.e164().isPresent(), text,
				Instant.now());
	}

	private static @Nullable String receiptedId(DeliverSm pdu) {
		var tlv = pdu.getOptionalParameter(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID);
		if (tlv instanceof OptionalParameter.COctetString value) {
			return value.getValueAsString();
		}
		return null;
	}

}
