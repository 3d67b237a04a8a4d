package fi.osaamo.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fi.osaamo.companies.Cooperation;
import fi.osaamo.companies.ServiceKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ecosystem map's layout, apart from the page: who is drawn where and how thick the
 * lines between them are.
 */
class EcosystemLayoutTests {

	private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

	@Test
	void companiesAreInAlphabeticalOrderAndPartnersSchoolsFirstThenTheCity() {
		var cooperation = List.of(row("2", "Öljy Oy", "Muu Tarjoaja", ServiceKind.TECHNOLOGY, 1),
				row("1", "Aalto Oy", "Rantalan kaupunki, työllisyys", ServiceKind.RECRUITMENT, 4),
				row("1", "Aalto Oy", "Rantalan ammattiopisto", ServiceKind.APPRENTICESHIP, 2));
		var layout = EcosystemLayout.of(cooperation, EcosystemLayoutTests::type, ids -> Map.of("1", 3));

		assertThat(layout.companies()).extracting(EcosystemPage.Node::label).containsExactly("Aalto Oy", "Öljy Oy");
		assertThat(layout.partners()).extracting(EcosystemPage.Node::label)
			.containsExactly("Rantalan ammattiopisto", "Rantalan kaupunki, työllisyys", "Muu Tarjoaja");
		// Three partners make three rows; the columns are spread over the same height.
		assertThat(layout.height()).isEqualTo(2 * EcosystemLayout.TOP + 2 * EcosystemLayout.ROW);
		assertThat(layout.partners()).extracting(EcosystemPage.Node::y).containsExactly(24, 54, 84);
		assertThat(layout.companies()).extracting(EcosystemPage.Node::y).containsExactly(24, 84);
		// A company's circle grows with its open job tasks; its link leads to its page.
		var aalto = layout.companies().get(0);
		assertThat(aalto.radius()).isEqualTo(9);
		assertThat(aalto.href()).isEqualTo("/dashboard/companies/1");
		assertThat(aalto.referrals()).isEqualTo(6);
		// A line thickens with the logarithm of its referrals.
		assertThat(layout.links()).extracting(EcosystemPage.Link::strokeWidth).containsExactly("1.5", "4.5", "3.0");
		assertThat(layout.links().get(1).path()).isEqualTo("M 250 24 C 400 24, 400 54, 550 54");
	}

	@Test
	void onlyTheFortyMostActiveCompaniesAreDrawnButAllAreCounted() {
		var cooperation = new ArrayList<Cooperation>();
		for (int i = 0; i < 45; i++) {
			cooperation.add(row("id-" + i, "Yritys " + (100 + i), "Muu Tarjoaja", ServiceKind.TRAINING, i + 1));
		}
		var layout = EcosystemLayout.of(cooperation, provider -> "PROVIDER", ids -> Map.of());

		assertThat(layout.companies()).hasSize(EcosystemLayout.MAP_COMPANIES);
		assertThat(layout.companiesInAll()).isEqualTo(45);
		assertThat(layout.companies()).extracting(EcosystemPage.Node::label).doesNotContain("Yritys 100", "Yritys 104");
		assertThat(layout.links()).hasSize(EcosystemLayout.MAP_COMPANIES);
	}

	private static String type(String provider) {
		return provider.startsWith("Rantalan kaupunki") ? "CITY" : provider.contains("opisto") ? "SCHOOL" : "PROVIDER";
	}

	private static Cooperation row(String id, String company, String provider, ServiceKind kind, int referrals) {
		return new Cooperation(id, company, provider, kind, referrals, 0, DAY);
	}

}
