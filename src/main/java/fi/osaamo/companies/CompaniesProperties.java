package fi.osaamo.companies;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of account management, under {@code app.companies}.
 *
 * @param reminders whether this instance sends the follow-up reminders on schedule
 */
@ConfigurationProperties("app.companies")
record CompaniesProperties(@DefaultValue("true") boolean reminders) {
}
