package fi.osaamo.demo;

import fi.osaamo.companies.NewService;
import fi.osaamo.companies.ServiceCatalogue;
import fi.osaamo.companies.ServiceKind;
import fi.osaamo.organisation.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * The demo city's service catalogue: the pilot's growth deals of the spec, as the growth
 * team would enter them.
 */
@Component
class DemoServices {

	private final ServiceCatalogue catalogue;

	DemoServices(ServiceCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	void seed(OrganisationId city) {
		if (!catalogue.services(city, true).isEmpty()) {
			return;
		}
		add(city, "Rekrytointipalvelu ja koulutus", ServiceKind.RECRUITMENT, "Rantalan työllisyyspalvelut",
				"Rekrytointiapu sekä rekrytointiin liittyvä koulutus ja valmennus.", "rekry@rantala.invalid");
		add(city, "Henkilöstön osaamisen kehittäminen", ServiceKind.TRAINING, "Rantalan ammattiopisto",
				"Yrityskohtainen ryhmävalmennus ja ammatillisen koulutuksen ohjaus.", "yrityspalvelut@rao.invalid");
		add(city, "Teknologiamuutoksen tuki", ServiceKind.TECHNOLOGY, "Rantalan kehitysyhtiö",
				"Sparrausta teknologisen muutoshankkeen ja osaamisen johtamisen tueksi.", "sparraus@kehitys.invalid");
		add(city, "Oppisopimuskoulutus", ServiceKind.APPRENTICESHIP, "Rantalan ammattiopisto",
				"Oppisopimuksen suunnittelu ja työpaikkaohjaajan koulutus.", "oppisopimus@rao.invalid");
	}

	private void add(OrganisationId city, String name, ServiceKind kind, String provider, String description,
			String contact) {
		catalogue.add(city, new NewService(name, kind, provider, description, contact));
	}

}
