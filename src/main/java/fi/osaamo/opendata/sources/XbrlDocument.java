package fi.osaamo.opendata.sources;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.xml.namespace.QName;

import org.jspecify.annotations.Nullable;

/**
 * What {@link XbrlReader} gathers from an XBRL instance document for {@link XbrlFigures}
 * to make a statement of: its contexts and units by id, its facts in the document's order
 * and the taxonomy entry point it refers to.
 *
 * @param contexts the contexts by their id
 * @param units the units' measures by the units' id
 * @param facts the facts that are not nil
 * @param taxonomy the schema reference, if any
 */
record XbrlDocument(Map<String, Context> contexts, Map<String, QName> units, List<Fact> facts,
		@Nullable String taxonomy) {

	/** What a context says: its entity, its period's end and its dimensions. */
	record Context(@Nullable String entity, @Nullable LocalDate end, Map<QName, QName> dimensions) {

		@Nullable QName lineItem() {
			return dimensions.size() == 1 ? dimensions.get(new QName(XbrlStatement.DIM, "MCY")) : null;
		}

	}

	/** A fact whose context is read later: XBRL lets facts come before their contexts. */
	record Fact(String name, String contextRef, @Nullable String unitRef, String value) {
	}

}
