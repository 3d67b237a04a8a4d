package fi.osaamo.companies;

import java.util.List;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.LikePatterns;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The SQL of a search of the register: its conditions with their parameters, checked
 * against the classifications, and its order.
 */
@Component
class RegisterQuery {

	private final ClassificationManagement classifications;

	RegisterQuery(ClassificationManagement classifications) {
		this.classifications = classifications;
	}

	RegisterWhere where(CompanySearch search) {
		check(search);
		var query = search.query().strip();
		return new RegisterWhere(RegisterWhere.conditions(search, query), query, LikePatterns.containing(query),
				divisions(search.industry()), search.municipality(),
				search.among() == null ? new String[0] : search.among().toArray(String[]::new),
				search.excluding().toArray(String[]::new));
	}

	private void check(CompanySearch search) {
		var industry = search.industry();
		if (industry != null && classifications.industry(industry, Language.FI).isEmpty()) {
			throw new InvalidInputException("industry", "validation.unknownIndustry", industry);
		}
		var municipality = search.municipality();
		if (municipality != null && classifications.municipality(municipality, Language.FI).isEmpty()) {
			throw new InvalidInputException("municipality", "validation.municipalityCode", municipality);
		}
	}

	/**
	 * The two-digit divisions an industry code covers: its own for a numeric code, those
	 * of the section for a section letter.
	 */
	private List<String> divisions(@Nullable String industry) {
		if (industry == null) {
			return List.of();
		}
		if (Character.isDigit(industry.charAt(0))) {
			return List.of(industry.substring(0, 2));
		}
		return divisionsOf(industry);
	}

	private List<String> divisionsOf(String section) {
		return classifications.industries(Language.FI)
			.stream()
			.filter(code -> section.equals(code.parent()))
			.map(code -> code.code())
			.toList();
	}

	static String order(CompanySearch.Sort sort) {
		return switch (sort) {
			case NEWEST -> " order by c.registration_date desc nulls last, c.business_id";
			case MUNICIPALITY -> " order by c.municipality_code nulls last, c.name, c.business_id";
			default -> " order by c.name, c.business_id";
		};
	}

}
