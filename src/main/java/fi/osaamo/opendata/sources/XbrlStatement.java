package fi.osaamo.opendata.sources;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import fi.osaamo.organisation.BusinessId;
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
	static final java.util.Set<String> LINE_ITEMS = java.util.Set.of("x673", "x689", "x740", "x5");

	private static final BigDecimal LIMIT = new BigDecimal("1e15");

	private static final XMLInputFactory FACTORY = factory();

	/**
	 * Reads a statement.
	 * @param input the XBRL instance document
	 * @return its key figures
	 * @throws Fields.Problem when it is not a statement this source can read
	 */
	static XbrlStatement read(InputStream input) {
		try {
			var reader = FACTORY.createXMLStreamReader(input);
			try {
				return new Reader(reader).read();
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
				throw new Fields.Problem("opendata.reject.malformedXml", List.of(), null);
			}
			throw new Fields.Problem("opendata.reject.xmlSyntax", List.of(Integer.toString(location.getLineNumber()),
					Integer.toString(Math.max(1, location.getColumnNumber()))), null);
		}
	}

	private static @Nullable String shorten(@Nullable String text, int max) {
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

	/** What a context says: its entity, its period's end and its dimensions. */
	private record Context(@Nullable String entity, @Nullable LocalDate end, Map<QName, QName> dimensions) {

		@Nullable QName lineItem() {
			return dimensions.size() == 1 ? dimensions.get(new QName(DIM, "MCY")) : null;
		}

	}

	/** A fact whose context is read later: XBRL lets facts come before their contexts. */
	private record Fact(String name, String contextRef, @Nullable String unitRef, String value) {
	}

	private static final class Reader {

		private final XMLStreamReader xml;

		private final Map<String, Context> contexts = new HashMap<>();

		private final Map<String, QName> units = new HashMap<>();

		private final java.util.List<Fact> facts = new java.util.ArrayList<>();

		private @Nullable String taxonomy;

		private int elements;

		Reader(XMLStreamReader xml) {
			this.xml = xml;
		}

		XbrlStatement read() throws XMLStreamException {
			var root = nextStart();
			if (root == null) {
				throw new Fields.Problem("opendata.reject.notXbrl", "–");
			}
			if ("html".equals(root.getLocalPart())) {
				throw new Fields.Problem("opendata.reject.inlineXbrl", root.toString());
			}
			if (!XBRLI.equals(root.getNamespaceURI()) || !"xbrl".equals(root.getLocalPart())) {
				throw new Fields.Problem("opendata.reject.notXbrl", root.toString());
			}
			while (true) {
				var element = nextStart();
				if (element == null) {
					break;
				}
				if (++elements > MAX_ELEMENTS) {
					throw new Fields.Problem("opendata.reject.tooManyElements", List.of(Integer.toString(MAX_ELEMENTS)),
							null);
				}
				if (XBRLI.equals(element.getNamespaceURI()) && "context".equals(element.getLocalPart())) {
					var id = attribute("id");
					contexts.put(id, context());
				}
				else if (XBRLI.equals(element.getNamespaceURI()) && "unit".equals(element.getLocalPart())) {
					var id = attribute("id");
					units.put(id, unit());
				}
				else if (LINK.equals(element.getNamespaceURI()) && "schemaRef".equals(element.getLocalPart())) {
					taxonomy = shorten(xml.getAttributeValue(XLINK, "href"), 300);
				}
				else if (MET.equals(element.getNamespaceURI())) {
					var context = attribute("contextRef");
					var unit = xml.getAttributeValue(null, "unitRef");
					var nil = "true".equals(xml.getAttributeValue(XSI, "nil"));
					var value = text();
					// A nil fact says the figure is not given: as if it were absent.
					if (!nil) {
						facts.add(new Fact(element.getLocalPart(), context, unit, value));
					}
				}
			}
			return statement();
		}

		private XbrlStatement statement() {
			String businessId = null;
			LocalDate start = null;
			LocalDate end = null;
			for (var fact : facts) {
				switch (fact.name()) {
					case "si289" -> businessId = businessId == null ? fact.value().strip() : businessId;
					case "di120" -> start = start == null ? date(fact) : start;
					case "di121" -> end = end == null ? date(fact) : end;
					default -> {
						// Amounts are read once the period is known.
					}
				}
			}
			if (businessId == null) {
				businessId = contexts.values()
					.stream()
					.map(Context::entity)
					.filter(java.util.Objects::nonNull)
					.findFirst()
					.orElseThrow(() -> new Fields.Problem("opendata.reject.missing", "si289"));
			}
			if (!BusinessId.isValid(businessId)) {
				throw new Fields.Problem("opendata.reject.businessId", businessId);
			}
			if (end == null) {
				end = contexts.values()
					.stream()
					.filter(context -> !context.dimensions().containsKey(new QName(DIM, "REF")))
					.map(Context::end)
					.filter(java.util.Objects::nonNull)
					.max(LocalDate::compareTo)
					.orElseThrow(() -> new Fields.Problem("opendata.reject.missing", "di121"));
			}
			if (start != null && start.isAfter(end)) {
				throw new Fields.Problem("opendata.reject.badDate", start + " > " + end);
			}
			var figures = new HashMap<String, Long>();
			for (var fact : facts) {
				// Balance values (mi53) and the taxonomy's other facts are not kept.
				if ("md103".equals(fact.name())) {
					figure(fact, end, figures);
				}
			}
			if (figures.isEmpty()) {
				throw new Fields.Problem("opendata.reject.noFigures", businessId + " " + end);
			}
			var personnel = figures.get("x5");
			return new XbrlStatement(businessId, start, end, figures.get("x673"), figures.get("x689"),
					figures.get("x740"), personnel == null ? null : Math.abs(personnel), taxonomy);
		}

		private void figure(Fact fact, LocalDate periodEnd, Map<String, Long> figures) {
			var context = contexts.get(fact.contextRef());
			if (context == null) {
				throw new Fields.Problem("opendata.reject.missing", "context " + fact.contextRef());
			}
			// A context dated otherwise than the period is another period's figure.
			if (context.end() != null && !context.end().equals(periodEnd)) {
				return;
			}
			var item = context.lineItem();
			if (item == null || !MC.equals(item.getNamespaceURI()) || !LINE_ITEMS.contains(item.getLocalPart())) {
				return;
			}
			var unit = fact.unitRef() == null ? null : units.get(fact.unitRef());
			if (unit == null || !ISO4217.equals(unit.getNamespaceURI()) || !"EUR".equals(unit.getLocalPart())) {
				throw new Fields.Problem("opendata.reject.unknownCode", "unit " + fact.unitRef() + ": " + unit);
			}
			BigDecimal amount;
			try {
				amount = new BigDecimal(fact.value().strip());
			}
			catch (NumberFormatException ex) {
				throw new Fields.Problem("opendata.reject.wrongType", item.getLocalPart() + ": " + fact.value());
			}
			if (amount.abs().compareTo(LIMIT) >= 0) {
				throw new Fields.Problem("opendata.reject.wrongType", item.getLocalPart() + ": " + fact.value());
			}
			figures.putIfAbsent(item.getLocalPart(), amount.setScale(0, RoundingMode.HALF_UP).longValueExact());
		}

		private static LocalDate date(Fact fact) {
			try {
				return LocalDate.parse(fact.value().strip());
			}
			catch (DateTimeParseException ex) {
				throw new Fields.Problem("opendata.reject.badDate", fact.name() + ": " + fact.value());
			}
		}

		private Context context() throws XMLStreamException {
			String entity = null;
			LocalDate end = null;
			var dimensions = new HashMap<QName, QName>();
			var depth = 1;
			while (depth > 0) {
				var event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					depth++;
					var name = xml.getLocalName();
					switch (name) {
						case "identifier" -> {
							entity = text();
							depth--;
						}
						case "instant", "endDate" -> {
							end = parseDate(text());
							depth--;
						}
						case "explicitMember" -> {
							if (XBRLDI.equals(xml.getNamespaceURI())) {
								var dimension = qname(attribute("dimension"));
								dimensions.put(dimension, qname(text()));
								depth--;
							}
						}
						// A typed dimension narrows the context too; its value is not
						// needed.
						case "typedMember" -> dimensions.put(qname(attribute("dimension")), new QName("typed"));
						default -> {
						}
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
				}
				else if (event == XMLStreamConstants.END_DOCUMENT) {
					throw new Fields.Problem("opendata.reject.malformedXml", "context");
				}
			}
			return new Context(entity, end, dimensions);
		}

		private QName unit() throws XMLStreamException {
			QName measure = null;
			var divided = false;
			var depth = 1;
			while (depth > 0) {
				var event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					if ("measure".equals(xml.getLocalName()) && measure == null) {
						measure = qname(text());
					}
					else {
						divided |= "divide".equals(xml.getLocalName());
						depth++;
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
				}
				else if (event == XMLStreamConstants.END_DOCUMENT) {
					throw new Fields.Problem("opendata.reject.malformedXml", "unit");
				}
			}
			// A ratio (per share, say) is not an amount of money.
			return measure == null || divided ? new QName("") : measure;
		}

		private static @Nullable LocalDate parseDate(String text) {
			try {
				return LocalDate.parse(text.strip());
			}
			catch (DateTimeParseException ex) {
				throw new Fields.Problem("opendata.reject.badDate", text);
			}
		}

		/**
		 * A prefixed name in an attribute or text, resolved against the document's
		 * namespaces.
		 */
		private QName qname(String prefixed) {
			var value = prefixed.strip();
			var colon = value.indexOf(':');
			var prefix = colon < 0 ? XMLConstants.DEFAULT_NS_PREFIX : value.substring(0, colon);
			var namespace = xml.getNamespaceContext().getNamespaceURI(prefix);
			if (namespace == null || namespace.isEmpty() && colon >= 0) {
				throw new Fields.Problem("opendata.reject.unknownCode", shorten(value, 100));
			}
			return new QName(namespace, value.substring(colon + 1));
		}

		private String attribute(String name) {
			var value = xml.getAttributeValue(null, name);
			if (value == null || value.isBlank()) {
				throw new Fields.Problem("opendata.reject.missing", xml.getLocalName() + "@" + name);
			}
			return shorten(value, 200);
		}

		/** The element's text; an element with elements inside is not a fact. */
		private String text() throws XMLStreamException {
			var text = xml.getElementText();
			if (text.length() > MAX_TEXT) {
				throw new Fields.Problem("opendata.reject.tooLong", shorten(text, 60));
			}
			return text;
		}

		private @Nullable QName nextStart() throws XMLStreamException {
			while (xml.hasNext()) {
				var event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					return xml.getName();
				}
				if (event == XMLStreamConstants.DTD) {
					throw new Fields.Problem("opendata.reject.notXbrl", "DOCTYPE");
				}
			}
			return null;
		}

	}

}
