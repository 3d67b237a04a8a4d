package fi.osaamo.opendata.sources;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

import org.jspecify.annotations.Nullable;

/**
 * The key figures of one financial statement in PRH's digital format: an XBRL instance
 * document of the Finnish SBR taxonomy (for example the OYTP entry point for companies'
 * individual statements).
 *
 * <p>
 * In that taxonomy the line item is not the element's name: amounts are facts such as
 * {@code fi_met:md103} (the period's accumulated amount) whose context carries the line
 * item as a member of the {@code fi_dim:MCY} dimension ({@code fi_MC:x673} revenue,
 * {@code fi_MC:x689} operating profit, {@code fi_MC:x740} profit for the period,
 * {@code fi_MC:x5} personnel expenses). Comparative figures of the previous period carry
 * a {@code fi_dim:REF} member as well and are left out: each period comes from its own
 * statement. The business ID is fact {@code si289} (or the contexts' entity), the period
 * {@code di120}–{@code di121}.
 *
 * @param businessId the company's business ID
 * @param periodStart the first day of the fiscal period, if given
 * @param periodEnd its last day
 * @param revenue revenue in euros
 * @param operatingProfit operating profit (loss negative) in euros
 * @param profit profit for the period (loss negative) in euros
 * @param personnelExpenses personnel expenses in euros, as a positive amount
 * @param taxonomy the taxonomy entry point the document refers to
 */
record XbrlStatement(String businessId, @Nullable LocalDate periodStart, LocalDate periodEnd, @Nullable Long revenue,
		@Nullable Long operatingProfit, @Nullable Long profit, @Nullable Long personnelExpenses,
		@Nullable String taxonomy) {

	static final String XBRLI = "http://www.xbrl.org/2003/instance";

	static final String XBRLDI = "http://xbrl.org/2006/xbrldi";

	static final String LINK = "http://www.xbrl.org/2003/linkbase";

	static final String XLINK = "http://www.w3.org/1999/xlink";

	static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

	static final String MET = "http://www.suomi.fi/xbrl/crr/dict/met";

	static final String DIM = "http://www.suomi.fi/xbrl/crr/dict/dim";

	static final String MC = "http://www.suomi.fi/xbrl/crr/dict/dom/MC";

	static final String ISO4217 = "http://www.xbrl.org/2003/iso4217";

	/** Facts and contexts a statement may have; far more than any real one. */
	static final int MAX_ELEMENTS = 200_000;

	static final int MAX_TEXT = 1000;

	/** The line items kept: revenue, operating profit, profit, personnel expenses. */
	static final Set<String> LINE_ITEMS = Set.of("x673", "x689", "x740", "x5");

	private static final XMLInputFactory FACTORY = factory();

	/**
	 * Reads a statement.
	 * @param input the XBRL instance document
	 * @return its key figures
	 * @throws RecordProblem when it is not a statement this source can read
	 */
	static XbrlStatement read(InputStream input) {
		try {
			var reader = FACTORY.createXMLStreamReader(input);
			try {
				return new XbrlFigures(new XbrlReader(reader).read()).statement();
			}
			finally {
				reader.close();
			}
		}
		catch (XMLStreamException ex) {
			// The parser's own message is English and for programmers: where it stumbled
			// is what the run log keeps.
			var location = ex.getLocation();
			if (location == null || location.getLineNumber() < 1) {
				throw new RecordProblem("opendata.reject.malformedXml", List.of(), null);
			}
			throw new RecordProblem("opendata.reject.xmlSyntax", List.of(Integer.toString(location.getLineNumber()),
					Integer.toString(Math.max(1, location.getColumnNumber()))), null);
		}
	}

	/** The text cut to at most {@code max} characters, an ellipsis marking the cut. */
	static @Nullable String shorten(@Nullable String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	private static XMLInputFactory factory() {
		var factory = XMLInputFactory.newFactory();
		// No document type declarations and no external entities: a statement is data.
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		return factory;
	}

}
