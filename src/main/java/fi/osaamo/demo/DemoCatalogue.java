package fi.osaamo.demo;

import fi.osaamo.companies.NewService;
import fi.osaamo.companies.ServiceCatalogue;
import fi.osaamo.companies.ServiceKind;
import fi.osaamo.organisation.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * The services in the demo city's catalogue, added once.
 */
@Component
class DemoCatalogue {

	private static final String[][] SERVICES = {
			{ "Rekrytointipalvelu ja koulutus", "RECRUITMENT", "Rantalan kaupunki, työllisyyspalvelut",
					"Rekrytointiapu sekä rekrytointiin liittyvä koulutus ja valmennus.", "rekry@rantala.invalid" },
			{ "Henkilöstön osaamisen kehittäminen", "TRAINING", "Rantalan ammattiopisto",
					"Yrityskohtainen ryhmävalmennus ja ammatillisen koulutuksen ohjaus.",
					"yrityspalvelut@rao.invalid" },
			{ "Teknologiamuutoksen tuki", "TECHNOLOGY", "Rantalan kehitysyhtiö",
					"Sparrausta teknologisen muutoshankkeen ja osaamisen johtamisen tueksi.",
					"sparraus@kehitys.invalid" },
			{ "Oppisopimuskoulutus", "APPRENTICESHIP", "Rantalan ammattiopisto",
					"Oppisopimuksen suunnittelu ja työpaikkaohjaajan koulutus.", "oppisopimus@rao.invalid" } };

	private final ServiceCatalogue catalogue;

	DemoCatalogue(ServiceCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	void seed(OrganisationId city) {
		if (catalogue.services(city, true).isEmpty()) {
			for (var service : SERVICES) {
				catalogue.add(city, new NewService(service[0], ServiceKind.valueOf(service[1]), service[2], service[3],
						service[4]));
			}
		}
	}

}
