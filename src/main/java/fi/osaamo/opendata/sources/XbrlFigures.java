package fi.osaamo.opendata.sources;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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

	private final XbrlDocument document;

	XbrlFigures(XbrlDocument document) {
		this.document = document;
	}

	XbrlStatement statement() {
		var given = new Given();
		document.facts().forEach(given::take);
		var businessId = checkedBusinessId(given.businessId);
		var end = end(given.start, given.end);
		var figures = figures(end, businessId);
		var personnel = figures.get("x5");
		return new XbrlStatement(businessId, given.start, end, figures.get("x673"), figures.get("x689"),
				figures.get("x740"), personnel == null ? null : Math.abs(personnel), document.taxonomy());
	}

	/** The period's end, the facts' or else the contexts'; not before its start. */
	private LocalDate end(@Nullable LocalDate start, @Nullable LocalDate given) {
		var end = given == null ? lastContextEnd() : given;
		if (start != null && start.isAfter(end)) {
			throw new RecordProblem("opendata.reject.badDate", start + " > " + end);
		}
		return end;
	}

	private Map<String, Long> figures(LocalDate end, String businessId) {
		var figures = new XbrlAmounts(document).figures(end);
		if (figures.isEmpty()) {
			throw new RecordProblem("opendata.reject.noFigures", businessId + " " + end);
		}
		return figures;
	}

	/** The business ID the facts give, else the contexts' entity; a valid one. */
	private String checkedBusinessId(@Nullable String given) {
		var businessId = given != null ? given : contextEntity();
		if (!BusinessId.isValid(businessId)) {
			throw new RecordProblem("opendata.reject.businessId", businessId);
		}
		return businessId;
	}

	private String contextEntity() {
		return document.contexts()
			.values()
			.stream()
			.map(Context::entity)
			.filter(Objects::nonNull)
			.findFirst()
			.orElseThrow(() -> new RecordProblem("opendata.reject.missing", "si289"));
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

	private static LocalDate date(Fact fact) {
		try {
			return LocalDate.parse(fact.value().strip());
		}
		catch (DateTimeParseException ex) {
			throw new RecordProblem("opendata.reject.badDate", fact.name() + ": " + fact.value());
		}
	}

	/** The company and the period the facts give, each the first one given. */
	private static final class Given {

		private @Nullable String businessId;

		private @Nullable LocalDate start;

		private @Nullable LocalDate end;

		void take(Fact fact) {
			switch (fact.name()) {
				case "si289" -> businessId = businessId == null ? fact.value().strip() : businessId;
				case "di120" -> start = start == null ? date(fact) : start;
				case "di121" -> end = end == null ? date(fact) : end;
				default -> {
					// Amounts are read once the period is known.
				}
			}
		}

	}

}
