package fi.osaamo.opendata.sources;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;

/**
 * A stream reader over an XBRL document with the checked ways of reading what is at its
 * position: an attribute that must be there, a bounded text, a prefixed name, a date.
 * Each turns what a statement may not hold into a {@link RecordProblem}.
 */
final class XbrlCursor {

	private final XMLStreamReader xml;

	XbrlCursor(XMLStreamReader xml) {
		this.xml = xml;
	}

	/** The underlying reader, for the events and names the callers walk through. */
	XMLStreamReader xml() {
		return xml;
	}

	/** The name of the next start element, or null at the end of the document. */
	@Nullable QName nextStart() throws XMLStreamException {
		while (xml.hasNext()) {
			var event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				return xml.getName();
			}
			if (event == XMLStreamConstants.DTD) {
				throw new RecordProblem("opendata.reject.notXbrl", "DOCTYPE");
			}
		}
		return null;
	}

	/**
	 * A prefixed name in an attribute or text, resolved against the document's
	 * namespaces.
	 */
	QName qname(String prefixed) {
		var value = prefixed.strip();
		var colon = value.indexOf(':');
		var prefix = colon < 0 ? XMLConstants.DEFAULT_NS_PREFIX : value.substring(0, colon);
		var namespace = xml.getNamespaceContext().getNamespaceURI(prefix);
		if (namespace == null || namespace.isEmpty() && colon >= 0) {
			throw new RecordProblem("opendata.reject.unknownCode", XbrlStatement.shorten(value, 100));
		}
		return new QName(namespace, value.substring(colon + 1));
	}

	String attribute(String name) {
		var value = xml.getAttributeValue(null, name);
		if (value == null || value.isBlank()) {
			throw new RecordProblem("opendata.reject.missing", xml.getLocalName() + "@" + name);
		}
		return XbrlStatement.shorten(value, 200);
	}

	/** The element's text; an element with elements inside is not a fact. */
	String text() throws XMLStreamException {
		var text = xml.getElementText();
		if (text.length() > XbrlStatement.MAX_TEXT) {
			throw new RecordProblem("opendata.reject.tooLong", XbrlStatement.shorten(text, 60));
		}
		return text;
	}

	/** The element's text as a date. */
	LocalDate date() throws XMLStreamException {
		var text = text();
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new RecordProblem("opendata.reject.badDate", text);
		}
	}

}
