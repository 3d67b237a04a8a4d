package fi.osaamo.opendata.sources;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import javax.xml.namespace.QName;

import fi.osaamo.opendata.sources.XbrlDocument.Context;
import fi.osaamo.opendata.sources.XbrlDocument.Fact;
import fi.osaamo.organisation.BusinessId;
import org.jspecify.annotations.Nullable;

/**
 * Makes an {@link XbrlStatement} of what an {@link XbrlDocument} holds: finds the company
 * and the period, then the period's amounts of the line items kept, and rejects a
 * document that does not give them.
 */
final class XbrlFigures {

	private static final BigDecimal LIMIT = new BigDecimal("1e15");

	private final XbrlDocument document;

	XbrlFigures(XbrlDocument document) {
		this.document = document;
	}

	XbrlStatement statement() {
		String businessId = null;
		LocalDate start = null;
		LocalDate end = null;
		for (var fact : document.facts()) {
			switch (fact.name()) {
				case "si289" -> businessId = businessId == null ? fact.value().strip() : businessId;
				case "di120" -> start = start == null ? date(fact) : start;
				case "di121" -> end = end == null ? date(fact) : end;
				default -> {
					// Amounts are read once the period is known.
				}
			}
		}
		businessId = checkedBusinessId(businessId);
		end = end == null ? lastContextEnd() : end;
		if (start != null && start.isAfter(end)) {
			throw new RecordProblem("opendata.reject.badDate", start + " > " + end);
		}
		var figures = figures(end);
		if (figures.isEmpty()) {
			throw new RecordProblem("opendata.reject.noFigures", businessId + " " + end);
		}
		var personnel = figures.get("x5");
		return new XbrlStatement(businessId, start, end, figures.get("x673"), figures.get("x689"), figures.get("x740"),
				personnel == null ? null : Math.abs(personnel), document.taxonomy());
	}

	/** The business ID the facts give, else the contexts' entity; a valid one. */
	private String checkedBusinessId(@Nullable String given) {
		var businessId = given != null ? given
				: document.contexts()
					.values()
					.stream()
					.map(Context::entity)
					.filter(Objects::nonNull)
					.findFirst()
					.orElseThrow(() -> new RecordProblem("opendata.reject.missing", "si289"));
		if (!BusinessId.isValid(businessId)) {
			throw new RecordProblem("opendata.reject.businessId", businessId);
		}
		return businessId;
	}

	/**
	 * The period's end when no fact gives it: the latest end of a context of this period.
	 */
	private LocalDate lastContextEnd() {
		return document.contexts()
			.values()
			.stream()
			.filter(context -> !context.dimensions().containsKey(new QName(XbrlStatement.DIM, "REF")))
			.map(Context::end)
			.filter(Objects::nonNull)
			.max(LocalDate::compareTo)
			.orElseThrow(() -> new RecordProblem("opendata.reject.missing", "di121"));
	}

	/** The amounts of the line items kept by their code, for the period ending then. */
	private Map<String, Long> figures(LocalDate periodEnd) {
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
		var context = document.contexts().get(fact.contextRef());
		if (context == null) {
			throw new RecordProblem("opendata.reject.missing", "context " + fact.contextRef());
		}
		// A context dated otherwise than the period is another period's figure.
		if (context.end() != null && !context.end().equals(periodEnd)) {
			return;
		}
		var item = context.lineItem();
		if (item == null || !XbrlStatement.MC.equals(item.getNamespaceURI())
				|| !XbrlStatement.LINE_ITEMS.contains(item.getLocalPart())) {
			return;
		}
		checkEuros(fact);
		figures.putIfAbsent(item.getLocalPart(), amount(fact, item).setScale(0, RoundingMode.HALF_UP).longValueExact());
	}

	private void checkEuros(Fact fact) {
		var unit = fact.unitRef() == null ? null : document.units().get(fact.unitRef());
		if (unit == null || !XbrlStatement.ISO4217.equals(unit.getNamespaceURI())
				|| !"EUR".equals(unit.getLocalPart())) {
			throw new RecordProblem("opendata.reject.unknownCode", "unit " + fact.unitRef() + ": " + unit);
		}
	}

	private static BigDecimal amount(Fact fact, QName item) {
		BigDecimal amount;
		try {
			amount = new BigDecimal(fact.value().strip());
		}
		catch (NumberFormatException ex) {
			throw new RecordProblem("opendata.reject.wrongType", item.getLocalPart() + ": " + fact.value());
		}
		if (amount.abs().compareTo(LIMIT) >= 0) {
			throw new RecordProblem("opendata.reject.wrongType", item.getLocalPart() + ": " + fact.value());
		}
		return amount;
	}

	private static LocalDate date(Fact fact) {
		try {
			return LocalDate.parse(fact.value().strip());
		}
		catch (DateTimeParseException ex) {
			throw new RecordProblem("opendata.reject.badDate", fact.name() + ": " + fact.value());
		}
	}

}
