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
		var depth = 1;
		while (depth > 0) {
			var event = cursor.xml().next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				if (!contextPart(parts)) {
					depth++;
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
			else if (event == XMLStreamConstants.END_DOCUMENT) {
				throw new RecordProblem("opendata.reject.malformedXml", "context");
			}
		}
		return new Context(parts.entity, parts.end, parts.dimensions);
	}

	/**
	 * Reads the part of a context at the cursor's start element.
	 * @return whether the element was read to its end
	 */
	private boolean contextPart(ContextParts parts) throws XMLStreamException {
		var xml = cursor.xml();
		switch (xml.getLocalName()) {
			case "identifier" -> {
				parts.entity = cursor.text();
				return true;
			}
			case "instant", "endDate" -> {
				parts.end = cursor.date();
				return true;
			}
			case "explicitMember" -> {
				if (!XbrlStatement.XBRLDI.equals(xml.getNamespaceURI())) {
					return false;
				}
				var dimension = cursor.qname(cursor.attribute("dimension"));
				parts.dimensions.put(dimension, cursor.qname(cursor.text()));
				return true;
			}
			// A typed dimension narrows the context too; its value is not needed.
			case "typedMember" -> {
				parts.dimensions.put(cursor.qname(cursor.attribute("dimension")), new QName("typed"));
				return false;
			}
			default -> {
				return false;
			}
		}
	}

	/** Reads the unit whose start element the cursor is at; its measure if it is one. */
	QName unit() throws XMLStreamException {
		QName measure = null;
		var divided = false;
		var depth = 1;
		while (depth > 0) {
			var event = cursor.xml().next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				if ("measure".equals(cursor.xml().getLocalName()) && measure == null) {
					measure = cursor.qname(cursor.text());
				}
				else {
					divided |= "divide".equals(cursor.xml().getLocalName());
					depth++;
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
			else if (event == XMLStreamConstants.END_DOCUMENT) {
				throw new RecordProblem("opendata.reject.malformedXml", "unit");
			}
		}
		// A ratio (per share, say) is not an amount of money.
		return measure == null || divided ? new QName("") : measure;
	}

	/** A context's parts as they are read. */
	private static final class ContextParts {

		private @Nullable String entity;

		private @Nullable LocalDate end;

		private final Map<QName, QName> dimensions = new HashMap<>();

	}

}
