package fi.osaamo.companies;

/** How a contact with a company was made. */
public enum Channel {

	MEETING, PHONE, EMAIL, EVENT

}
