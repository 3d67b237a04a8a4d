package fi.osaamo.demo;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo region settings.
 *
 * @param enabled whether to seed the demo region; by default only with the embedded
 * database
 * @param password the demo accounts' password; a random one is generated and printed when
 * it is not set
 * @param people how many people the region has besides the demo accounts
 */
@ConfigurationProperties("app.demo")
public record DemoProperties(@Nullable Boolean enabled, @Nullable String password, @Nullable Integer people) {
}
