package fi.osaamo.companies;

/** Where a need stands. */
public enum NeedStatus {

	OPEN, REFERRED, MET, DROPPED;

	public boolean closed() {
		return this == MET || this == DROPPED;
	}

}
