package fi.osaamo.opendata.sources;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import fi.osaamo.opendata.sources.XbrlDocument.Context;
import org.jspecify.annotations.Nullable;

/**
 * Reads the two parts of an XBRL document that facts refer to: a context (its entity, its
 * period's end and its dimensions) and a unit (its measure), each from its start element
 * to its end.
 */
final class XbrlParts {

	private final XbrlCursor cursor;

	XbrlParts(XbrlCursor cursor) {
		this.cursor = cursor;
	}

	/** Reads the context whose start element the cursor is at. */
	Context context() throws XMLStreamException {
		var parts = new ContextParts();
		walk("context", () -> contextPart(parts));
		return new Context(parts.entity, parts.end, parts.dimensions);
	}

	/**
	 * Reads the part of a context at the cursor's start element.
	 * @return whether the element was read to its end
	 */
	private boolean contextPart(ContextParts parts) throws XMLStreamException {
		var name = cursor.xml().getLocalName();
		if (name.equals("identifier")) {
			parts.entity = cursor.text();
			return true;
		}
		if (name.equals("instant") || name.equals("endDate")) {
			parts.end = cursor.date();
			return true;
		}
		return dimension(parts, name);
	}

	private boolean dimension(ContextParts parts, String name) throws XMLStreamException {
		if (name.equals("explicitMember") && XbrlStatement.XBRLDI.equals(cursor.xml().getNamespaceURI())) {
			var dimension = cursor.qname(cursor.attribute("dimension"));
			parts.dimensions.put(dimension, cursor.qname(cursor.text()));
			return true;
		}
		// A typed dimension narrows the context too; its value is not needed.
		if (name.equals("typedMember")) {
			parts.dimensions.put(cursor.qname(cursor.attribute("dimension")), new QName("typed"));
		}
		return false;
	}

	/** Reads the unit whose start element the cursor is at; its measure if it is one. */
	QName unit() throws XMLStreamException {
		var parts = new UnitParts();
		walk("unit", () -> unitPart(parts));
		// A ratio (per share, say) is not an amount of money.
		return parts.measure == null || parts.divided ? new QName("") : parts.measure;
	}

	private boolean unitPart(UnitParts parts) throws XMLStreamException {
		var name = cursor.xml().getLocalName();
		if ("measure".equals(name) && parts.measure == null) {
			parts.measure = cursor.qname(cursor.text());
			return true;
		}
		parts.divided |= "divide".equals(name);
		return false;
	}

	/**
	 * Walks the element at the cursor to its end, handing each start element inside to
	 * the part reader.
	 */
	private void walk(String part, PartReader reader) throws XMLStreamException {
		for (var depth = 1; depth > 0;) {
			depth += step(cursor.xml().next(), part, reader);
		}
	}

	/** How an event changes the depth: an element read to its end does not. */
	private static int step(int event, String part, PartReader reader) throws XMLStreamException {
		if (event == XMLStreamConstants.START_ELEMENT) {
			return reader.read() ? 0 : 1;
		}
		if (event == XMLStreamConstants.END_ELEMENT) {
			return -1;
		}
		if (event == XMLStreamConstants.END_DOCUMENT) {
			throw new RecordProblem("opendata.reject.malformedXml", part);
		}
		return 0;
	}

	/** Reads the part at a start element; says whether it read the element to its end. */
	@FunctionalInterface
	private interface PartReader {

		boolean read() throws XMLStreamException;

	}

	/** A unit's parts as they are read. */
	private static final class UnitParts {

		private @Nullable QName measure;

		private boolean divided;

	}

	/** A context's parts as they are read. */
	private static final class ContextParts {

		private @Nullable String entity;

		private @Nullable LocalDate end;

		private final Map<QName, QName> dimensions = new HashMap<>();

	}

}
