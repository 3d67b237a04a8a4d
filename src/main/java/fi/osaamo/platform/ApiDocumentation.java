package fi.osaamo.platform;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of the JSON API at {@code /v3/api-docs}, browsable at
 * {@code /swagger-ui.html}. Calls that change data need the session cookie and the CSRF
 * token in the {@code X-CSRF-TOKEN} header.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI osaamoApi(SiteAddress site) {
		// The server is the configured public address (or this document's own,
		// relatively),
		// never the request's Host header.
		return new OpenAPI().servers(List.of(new Server().url(site.configured() ? site.base() : "/")))
			.info(new Info().title("Osaamo API")
				.version("v1")
				.description("Skills and occupations (ESCO), competence mappings, job tasks, the explained gap and "
						+ "studies. Errors are RFC 9457 problem details in the caller's language. "
						+ "This service uses the ESCO classification of the European Commission. The open-data API "
						+ "(/api/v1/open) republishes company data of the Finnish Patent and Registration Office "
						+ "(PRH / YTJ open data, CC BY 4.0).")
				.license(new License().name("ESCO: Commission Decision 2011/833/EU")
					.url("https://eur-lex.europa.eu/eli/dec/2011/833/oj")));
	}

}
