package fi.osaamo.opendata.sources;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import fi.osaamo.opendata.sources.XbrlDocument.Context;
import fi.osaamo.opendata.sources.XbrlDocument.Fact;
import org.jspecify.annotations.Nullable;

/**
 * Reads an XBRL instance document once, start to end, into an {@link XbrlDocument}:
 * checks that it is one, and keeps its contexts, units, facts of the SBR dictionary and
 * schema reference, up to {@link XbrlStatement#MAX_ELEMENTS} of them.
 */
final class XbrlReader {

	private final XbrlCursor cursor;

	private final XbrlParts parts;

	private final Map<String, Context> contexts = new HashMap<>();

	private final Map<String, QName> units = new HashMap<>();

	private final List<Fact> facts = new ArrayList<>();

	private @Nullable String taxonomy;

	private int elements;

	XbrlReader(XMLStreamReader xml) {
		this.cursor = new XbrlCursor(xml);
		this.parts = new XbrlParts(this.cursor);
	}

	XbrlDocument read() throws XMLStreamException {
		checkRoot(cursor.nextStart());
		for (var element = cursor.nextStart(); element != null; element = cursor.nextStart()) {
			if (++elements > XbrlStatement.MAX_ELEMENTS) {
				throw new RecordProblem("opendata.reject.tooManyElements",
						List.of(Integer.toString(XbrlStatement.MAX_ELEMENTS)), null);
			}
			element(element);
		}
		return new XbrlDocument(contexts, units, facts, taxonomy);
	}

	private static void checkRoot(@Nullable QName root) {
		if (root == null) {
			throw new RecordProblem("opendata.reject.notXbrl", "–");
		}
		if ("html".equals(root.getLocalPart())) {
			throw new RecordProblem("opendata.reject.inlineXbrl", root.toString());
		}
		if (!XbrlStatement.XBRLI.equals(root.getNamespaceURI()) || !"xbrl".equals(root.getLocalPart())) {
			throw new RecordProblem("opendata.reject.notXbrl", root.toString());
		}
	}

	/** Keeps the element at the cursor if it is one a statement is made of. */
	private void element(QName element) throws XMLStreamException {
		if (XbrlStatement.MET.equals(element.getNamespaceURI())) {
			fact(element.getLocalPart());
		}
		else {
			structure(element);
		}
	}

	/** Keeps a context, a unit or the schema reference. */
	private void structure(QName element) throws XMLStreamException {
		var namespace = element.getNamespaceURI();
		if (XbrlStatement.XBRLI.equals(namespace) && "context".equals(element.getLocalPart())) {
			contexts.put(cursor.attribute("id"), parts.context());
		}
		else if (XbrlStatement.XBRLI.equals(namespace) && "unit".equals(element.getLocalPart())) {
			units.put(cursor.attribute("id"), parts.unit());
		}
		else if (XbrlStatement.LINK.equals(namespace) && "schemaRef".equals(element.getLocalPart())) {
			taxonomy = XbrlStatement.shorten(cursor.xml().getAttributeValue(XbrlStatement.XLINK, "href"), 300);
		}
	}

	private void fact(String name) throws XMLStreamException {
		var xml = cursor.xml();
		var context = cursor.attribute("contextRef");
		var unit = xml.getAttributeValue(null, "unitRef");
		var nil = "true".equals(xml.getAttributeValue(XbrlStatement.XSI, "nil"));
		var value = cursor.text();
		// A nil fact says the figure is not given: as if it were absent.
		if (!nil) {
			facts.add(new Fact(name, context, unit, value));
		}
	}

}
