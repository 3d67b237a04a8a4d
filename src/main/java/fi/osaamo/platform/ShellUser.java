package fi.osaamo.platform;

/**
 * A signed-in principal as the web shell shows it. Principals of the account module
 * implement it, so the shell never needs to know who the person is.
 */
public interface ShellUser {

	/**
	 * The name to show in the page header: a pseudonym unless the person chose otherwise.
	 * @return the display name
	 */
	String displayName();

}
