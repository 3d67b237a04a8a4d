package fi.osaamo.account.mydata;

import java.util.List;

import fi.osaamo.organisation.Membership;
import org.jspecify.annotations.Nullable;

/**
 * A person's work as they read it on the My data page.
 *
 * @param jobTitle their job title in their own words
 * @param occupation their occupation's label in the reader's language
 * @param occupationUnknown whether an occupation is chosen that the taxonomy no longer
 * names
 * @param organisations their roles in organisations
 */
public record MyWork(@Nullable String jobTitle, @Nullable String occupation, boolean occupationUnknown,
		List<Membership> organisations) {
}
