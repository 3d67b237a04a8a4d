package fi.osaamo.opendata.sources;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import fi.osaamo.opendata.OpenDataFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading a financial statement in PRH's XBRL format: the current period's key figures by
 * their line-item members, whatever prefixes the document uses, and a clear reason for
 * every document it cannot read.
 */
class XbrlStatementTests {

	static final String EXAMPLE = OpenDataFixtures.resource("prh_xbrl_financial_statement_example.xml");

	@Test
	void readsTheCurrentPeriodsKeyFiguresAndLeavesOutComparativesAndBalances() {
		var statement = read(EXAMPLE);
		assertThat(statement.businessId()).isEqualTo("2345678-0");
		assertThat(statement.periodStart()).isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(statement.periodEnd()).isEqualTo(LocalDate.of(2024, 12, 31));
		// 1,254,300.50 rounds to whole euros; expenses are kept as a positive amount.
		assertThat(statement.revenue()).isEqualTo(1_254_301L);
		assertThat(statement.operatingProfit()).isEqualTo(84_210L);
		assertThat(statement.profit()).isEqualTo(61_020L);
		assertThat(statement.personnelExpenses()).isEqualTo(512_000L);
		assertThat(statement.taxonomy()).endsWith("oytp_gaap_ind.xsd");
	}

	@Test
	void aComparativeFigureIsNeverTakenForTheCurrentOne() {
		var withoutRevenue = EXAMPLE
			.replace("<fi_met:md103 contextRef=\"c1\" unitRef=\"u0\" decimals=\"2\">1254300.50</fi_met:md103>", "");
		var statement = read(withoutRevenue);
		assertThat(statement.revenue()).isNull();
		assertThat(statement.operatingProfit()).isEqualTo(84_210L);
		// Nor is a figure dated at another period's end, even without a reference member.
		var unmarked = withoutRevenue
			.replace("<xbrldi:explicitMember dimension=\"fi_dim:REF\">fi_RF:x53</xbrldi:explicitMember>", "");
		assertThat(read(unmarked).revenue()).isNull();
	}

	@Test
	void aNilFactIsAFigureNotGiven() {
		var nil = EXAMPLE
			.replace("<xbrl xmlns=", "<xbrl xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns=")
			.replace("<fi_met:md103 contextRef=\"c4\" unitRef=\"u0\" decimals=\"2\">84210.00</fi_met:md103>",
					"<fi_met:md103 contextRef=\"c4\" unitRef=\"u0\" xsi:nil=\"true\"/>");
		var statement = read(nil);
		assertThat(statement.operatingProfit()).isNull();
		assertThat(statement.revenue()).isEqualTo(1_254_301L);
	}

	@Test
	void durationPeriodsAndPrefixedInstanceElementsReadTheSame() {
		var duration = EXAMPLE
			.replace("<xbrl xmlns=\"http://www.xbrl.org/2003/instance\"",
					"<xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\"")
			.replace("</xbrl>", "</xbrli:xbrl>")
			.replace("<instant>2024-12-31</instant>",
					"<xbrli:startDate>2024-01-01</xbrli:startDate><xbrli:endDate>2024-12-31</xbrli:endDate>")
			.replace("<context ", "<xbrli:context ")
			.replace("</context>", "</xbrli:context>")
			.replace("<unit id=\"u0\"><measure>iso4217:EUR</measure></unit>",
					"<xbrli:unit id=\"u0\"><xbrli:measure>iso4217:EUR</xbrli:measure></xbrli:unit>")
			.replace("<entity><identifier", "<xbrli:entity><xbrli:identifier")
			.replace("</identifier></entity>", "</xbrli:identifier></xbrli:entity>")
			.replace("<period>", "<xbrli:period>")
			.replace("</period>", "</xbrli:period>")
			.replace("<instant>", "<xbrli:instant>")
			.replace("</instant>", "</xbrli:instant>")
			.replace("<scenario>", "<xbrli:scenario>")
			.replace("</scenario>", "</xbrli:scenario>");
		assertThat(read(duration)).isEqualTo(read(EXAMPLE));
	}

	@Test
	void prefixesAreResolvedThroughTheirNamespacesAndMissingFactsFallBackToTheContexts() {
		var renamed = EXAMPLE.replace("fi_dim", "d")
			.replace("fi_MC", "mc")
			.replace("fi_met", "m")
			.replaceAll("<m:si289[^\n]*\n", "")
			.replaceAll("<m:di121[^\n]*\n", "");
		var statement = read(renamed);
		assertThat(statement.businessId()).isEqualTo("2345678-0");
		assertThat(statement.periodEnd()).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(statement.revenue()).isEqualTo(1_254_301L);
	}

	@Test
	void documentsItCannotReadAreTurnedDownWithAReason() {
		assertRejected(EXAMPLE.substring(0, EXAMPLE.length() / 2), "opendata.reject.xmlSyntax");
		assertRejected("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>iXBRL</body></html>",
				"opendata.reject.inlineXbrl");
		assertRejected("{\"financials\": []}", "opendata.reject.xmlSyntax");
		assertRejected("<companies/>", "opendata.reject.notXbrl");
		assertRejected(EXAMPLE.replace("2345678-0", "2345678-1"), "opendata.reject.businessId");
		assertRejected(EXAMPLE.replace("iso4217:EUR", "iso4217:USD"), "opendata.reject.unknownCode");
		assertRejected(EXAMPLE.replace("84210.00", "84 210,00"), "opendata.reject.wrongType");
		assertRejected(EXAMPLE.replace("84210.00", "9".repeat(20)), "opendata.reject.wrongType");
		assertRejected(EXAMPLE.replace("<fi_met:di120 contextRef=\"c0\">2024-01-01",
				"<fi_met:di120 contextRef=\"c0\">2025-01-01"), "opendata.reject.badDate");
		assertRejected(EXAMPLE.replace("<fi_met:di121 contextRef=\"c0\">2024-12-31",
				"<fi_met:di121 contextRef=\"c0\">31.12.2024"), "opendata.reject.badDate");
		assertRejected(EXAMPLE.replace("fi_MC:x673<", "fi_MC:x1<")
			.replace("fi_MC:x689<", "fi_MC:x1<")
			.replace("fi_MC:x740<", "fi_MC:x1<")
			.replace("fi_MC:x5<", "fi_MC:x1<"), "opendata.reject.noFigures");
		assertRejected(EXAMPLE.replace("contextRef=\"c4\"", "contextRef=\"c99\""), "opendata.reject.missing");
		assertRejected(EXAMPLE.replace("fi_MC:x689", "nowhere:x689"), "opendata.reject.unknownCode");
		assertRejected(EXAMPLE.replace("Esimerkkikone Oy", "x".repeat(5000)), "opendata.reject.tooLong");
	}

	@Test
	void aParseErrorSaysWhereAndNotWhatTheParserSaid() {
		var document = """
				<?xml version="1.0"?>
				<x:xbrl xmlns:x="http://www.xbrl.org/2003/instance">
				  <x:context id="c0">
				</x:xbrl>""";
		assertThatThrownBy(() -> read(document)).isInstanceOf(RecordProblem.class).satisfies(problem -> {
			var rejection = ((RecordProblem) problem).toRejection("x");
			assertThat(rejection.reasonKey()).isEqualTo("opendata.reject.xmlSyntax");
			assertThat(rejection.arguments()).hasSize(2).first().isEqualTo("4");
			assertThat(rejection.detail()).isNull();
		});
	}

	@Test
	void aDocumentTypeDeclarationIsRefusedSoNoEntityIsEverResolved() {
		var entity = "<?xml version=\"1.0\"?>\n<!DOCTYPE xbrl [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
				+ EXAMPLE.substring(EXAMPLE.indexOf("<xbrl")).replace("Esimerkkikone Oy", "&secret;");
		assertThatThrownBy(() -> read(entity)).isInstanceOf(RecordProblem.class)
			.satisfies(problem -> assertThat(((RecordProblem) problem).toRejection("x").reasonKey())
				.isIn("opendata.reject.notXbrl", "opendata.reject.xmlSyntax"))
			.satisfies(problem -> assertThat(String.valueOf(problem.getMessage())).doesNotContain("root:"));
	}

	static XbrlStatement read(String document) {
		return XbrlStatement.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
	}

	static void assertRejected(String document, String reason) {
		assertThatThrownBy(() -> read(document)).as(reason)
			.isInstanceOf(RecordProblem.class)
			.satisfies(problem -> assertThat(((RecordProblem) problem).toRejection("x").reasonKey()).isEqualTo(reason));
	}

}
