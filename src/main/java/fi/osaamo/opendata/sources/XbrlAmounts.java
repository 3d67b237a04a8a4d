package fi.osaamo.opendata.sources;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import javax.xml.namespace.QName;

import fi.osaamo.opendata.sources.XbrlDocument.Context;
import fi.osaamo.opendata.sources.XbrlDocument.Fact;
import org.jspecify.annotations.Nullable;

/**
 * The amounts in euros of the line items a statement keeps, read from a document's facts
 * for one period.
 */
final class XbrlAmounts {

	private static final BigDecimal LIMIT = new BigDecimal("1e15");

	private final XbrlDocument document;

	XbrlAmounts(XbrlDocument document) {
		this.document = document;
	}

	/** The amounts of the line items kept by their code, for the period ending then. */
	Map<String, Long> figures(LocalDate periodEnd) {
		var figures = new HashMap<String, Long>();
		for (var fact : document.facts()) {
			// Balance values (mi53) and the taxonomy's other facts are not kept.
			if ("md103".equals(fact.name())) {
				figure(fact, periodEnd, figures);
			}
		}
		return figures;
	}

	private void figure(Fact fact, LocalDate periodEnd, Map<String, Long> figures) {
		var context = context(fact);
		// A context dated otherwise than the period is another period's figure.
		if (context.end() != null && !context.end().equals(periodEnd)) {
			return;
		}
		var item = context.lineItem();
		if (!kept(item)) {
			return;
		}
		checkEuros(fact);
		figures.putIfAbsent(item.getLocalPart(), amount(fact, item).setScale(0, RoundingMode.HALF_UP).longValueExact());
	}

	private Context context(Fact fact) {
		var context = document.contexts().get(fact.contextRef());
		if (context == null) {
			throw new RecordProblem("opendata.reject.missing", "context " + fact.contextRef());
		}
		return context;
	}

	private static boolean kept(@Nullable QName item) {
		return item != null && XbrlStatement.MC.equals(item.getNamespaceURI())
				&& XbrlStatement.LINE_ITEMS.contains(item.getLocalPart());
	}

	private void checkEuros(Fact fact) {
		var unit = fact.unitRef() == null ? null : document.units().get(fact.unitRef());
		if (unit == null || !XbrlStatement.ISO4217.equals(unit.getNamespaceURI())
				|| !"EUR".equals(unit.getLocalPart())) {
			throw new RecordProblem("opendata.reject.unknownCode", "unit " + fact.unitRef() + ": " + unit);
		}
	}

	private static BigDecimal amount(Fact fact, QName item) {
		var amount = number(fact, item);
		if (amount.abs().compareTo(LIMIT) >= 0) {
			throw new RecordProblem("opendata.reject.wrongType", item.getLocalPart() + ": " + fact.value());
		}
		return amount;
	}

	private static BigDecimal number(Fact fact, QName item) {
		try {
			return new BigDecimal(fact.value().strip());
		}
		catch (NumberFormatException ex) {
			throw new RecordProblem("opendata.reject.wrongType", item.getLocalPart() + ": " + fact.value());
		}
	}

}
