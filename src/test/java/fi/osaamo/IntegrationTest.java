package fi.osaamo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import fi.osaamo.messaging.ops.SmsAdmins;
import fi.osaamo.messaging.sms.SmsFixture;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application against the test JVM's embedded PostgreSQL, with MockMvc. All
 * such tests share one application context, the only one that sends text messages (to its
 * simulated SMSC): other contexts on the same database would take its messages.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "app.messaging.sms.enabled=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ TestClock.Configuration.class, SmsFixture.Beans.class, SmsAdmins.class })
public @interface IntegrationTest {

}
