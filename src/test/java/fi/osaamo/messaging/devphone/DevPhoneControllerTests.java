package fi.osaamo.messaging.devphone;

import java.util.List;
import java.util.Map;

import fi.osaamo.messaging.smpp.SmppEndpoint;
import fi.osaamo.messaging.smpp.SmppProperties;
import fi.osaamo.messaging.sms.SmsProperties;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequestMappingHandlerMapping;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Without the simulated SMSC (an operator's SMSC is configured, or the simulator is
 * switched off as in production) the developer's phone does not exist. The shared test
 * context always runs the simulator, so this builds the controller on its own.
 */
class DevPhoneControllerTests {

	@Test
	void withoutTheSimulatorThereIsNoPhone() throws Exception {
		for (var settings : List.of(Map.of("host", "smsc.operator.example"), Map.of("simulator", "false"))) {
			var endpoint = endpoint(settings);
			assertThat(endpoint.simulator()).isNull();
			var mvc = MockMvcBuilders
				.standaloneSetup(new DevPhoneController(endpoint,
						new DevPhonePages(bind("app.messaging.sms", SmsProperties.class, Map.of()))))
				.setCustomHandlerMapping(HtmxRequestMappingHandlerMapping::new)
				.build();

			mvc.perform(get("/dev/phone")).andExpect(status().isNotFound());
			mvc.perform(get("/dev/phone").param("number", "+358501234567").header("HX-Request", "true"))
				.andExpect(status().isNotFound());
			mvc.perform(post("/dev/phone/reply").param("number", "+358501234567").param("text", "STOP"))
				.andExpect(status().isNotFound());
		}
	}

	/**
	 * The endpoint as Spring makes it from these settings (its constructor is the
	 * module's own).
	 */
	private static SmppEndpoint endpoint(Map<String, String> settings) throws Exception {
		var properties = bind("app.messaging.smpp", SmppProperties.class, settings);
		return BeanUtils.instantiateClass(SmppEndpoint.class.getDeclaredConstructor(SmppProperties.class), properties);
	}

	private static <T> T bind(String prefix, Class<T> type, Map<String, String> settings) {
		var values = new java.util.HashMap<String, String>();
		settings.forEach((name, value) -> values.put(prefix + "." + name, value));
		return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate(prefix, type);
	}

}
