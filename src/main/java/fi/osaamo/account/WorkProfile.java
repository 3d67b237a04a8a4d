package fi.osaamo.account;

import org.jspecify.annotations.Nullable;

/**
 * What a person does now, from their profile page.
 *
 * @param jobTitle their job title in their own words
 * @param occupationUri their occupation in ESCO
 */
public record WorkProfile(@Nullable String jobTitle, @Nullable String occupationUri) {

	public static final WorkProfile EMPTY = new WorkProfile(null, null);

	public boolean isEmpty() {
		return jobTitle == null && occupationUri == null;
	}

}
