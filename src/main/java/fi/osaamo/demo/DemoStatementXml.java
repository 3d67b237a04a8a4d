package fi.osaamo.demo;

import java.util.LinkedHashMap;
import java.util.Map;

import fi.osaamo.organisation.Organisation;
import org.jspecify.annotations.Nullable;

/**
 * A made-up financial statement of a demo company as PRH's financial statements open data
 * serves it: an XBRL instance of the Finnish small-company taxonomy with the revenue,
 * operating profit, profit and personnel expenses of one fiscal year.
 */
final class DemoStatementXml {

	private static final String HEADER = """
			<?xml version="1.0" encoding="UTF-8"?>
			<xbrl xmlns="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase"
			    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xbrldi="http://xbrl.org/2006/xbrldi"
			    xmlns:fi_met="http://www.suomi.fi/xbrl/crr/dict/met" xmlns:fi_dim="http://www.suomi.fi/xbrl/crr/dict/dim"
			    xmlns:fi_MC="http://www.suomi.fi/xbrl/crr/dict/dom/MC" xmlns:iso4217="http://www.xbrl.org/2003/iso4217">
			  <link:schemaRef xlink:type="simple"
			    xlink:href="http://www.valtiokonttori.fi/fi/fr/xbrl/crr/fws/oytp/kpl-2016-12/2019-03-28/mod/oytp_gaap_ind.xsd"/>
			  <unit id="EUR"><measure>iso4217:EUR</measure></unit>
			""";

	private DemoStatementXml() {
	}

	static String statement(Organisation company, int year, long revenue, long operatingProfit,
			long personnelExpenses) {
		var id = company.businessId().value();
		var end = year + "-12-31";
		var xml = new StringBuilder(HEADER);
		period(xml, id, year, end);
		figures(revenue, operatingProfit, personnelExpenses)
			.forEach((lineItem, euros) -> figure(xml, id, end, lineItem, euros));
		return xml.append("</xbrl>\n").toString();
	}

	/** The company and the fiscal year, in the statement's own context. */
	private static void period(StringBuilder xml, String id, int year, String end) {
		context(xml, "c0", id, end, null);
		xml.append("  <fi_met:si289 contextRef=\"c0\">").append(id).append("</fi_met:si289>\n");
		xml.append("  <fi_met:di120 contextRef=\"c0\">").append(year).append("-01-01</fi_met:di120>\n");
		xml.append("  <fi_met:di121 contextRef=\"c0\">").append(end).append("</fi_met:di121>\n");
	}

	/**
	 * The figures by their line items: revenue, operating and net profit, personnel
	 * expenses.
	 */
	private static Map<String, Long> figures(long revenue, long operatingProfit, long personnelExpenses) {
		var figures = new LinkedHashMap<String, Long>();
		figures.put("x673", revenue);
		figures.put("x689", operatingProfit);
		figures.put("x740", Math.round(operatingProfit * 0.8));
		figures.put("x5", -personnelExpenses);
		return figures;
	}

	/**
	 * One figure of the statement in its own context, for one line item of the MCY
	 * dimension.
	 */
	private static void figure(StringBuilder xml, String businessId, String end, String lineItem, long euros) {
		context(xml, lineItem, businessId, end, lineItem);
		xml.append("  <fi_met:md103 contextRef=\"")
			.append(lineItem)
			.append("\" unitRef=\"EUR\" decimals=\"0\">")
			.append(euros)
			.append("</fi_met:md103>\n");
	}

	private static void context(StringBuilder xml, String contextId, String businessId, String end,
			@Nullable String lineItem) {
		xml.append("  <context id=\"" + contextId + "\"><entity><identifier scheme=\"http://ytj.fi\">" + businessId
				+ "</identifier></entity><period><instant>" + end + "</instant></period>");
		if (lineItem != null) {
			scenario(xml, lineItem);
		}
		xml.append("</context>\n");
	}

	/** The line item of the MCY dimension the context is for. */
	private static void scenario(StringBuilder xml, String lineItem) {
		xml.append("<scenario><xbrldi:explicitMember dimension=\"fi_dim:MCY\">fi_MC:")
			.append(lineItem)
			.append("</xbrldi:explicitMember></scenario>");
	}

}
