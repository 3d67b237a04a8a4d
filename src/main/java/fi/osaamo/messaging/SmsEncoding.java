package fi.osaamo.messaging;

/**
 * How a text message is coded: the GSM 7-bit alphabet when every character fits, UCS-2
 * otherwise. A part of a long message gives room to its concatenation header.
 */
public enum SmsEncoding {

	/** GSM 03.38, data coding 0: 160 septets, 153 per part of a long message. */
	GSM7(160, 153, (byte) 0x00),

	/** UCS-2, data coding 8: 70 characters, 67 per part of a long message. */
	UCS2(70, 67, (byte) 0x08);

	private final int single;

	private final int perPart;

	private final byte dataCoding;

	SmsEncoding(int single, int perPart, byte dataCoding) {
		this.single = single;
		this.perPart = perPart;
		this.dataCoding = dataCoding;
	}

	/** How many units (septets or UTF-16 code units) fit in a message of one part. */
	public int single() {
		return this.single;
	}

	/** How many units fit in each part of a long message. */
	public int perPart() {
		return this.perPart;
	}

	/** The SMPP data_coding value. */
	public byte dataCoding() {
		return this.dataCoding;
	}

}
