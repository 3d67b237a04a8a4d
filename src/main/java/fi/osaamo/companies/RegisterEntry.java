package fi.osaamo.companies;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Everything the trade register gives of a company, as it is imported and published again
 * as open data.
 *
 * @param company the company's register data
 * @param names its names over time: the current and earlier names, parallel names and
 * auxiliary names
 * @param companyFormNames its form by language code (fi, sv, en)
 * @param industryNames its main line of business by language code
 * @param status the register's status code, if given
 * @param sourceModified when the register last changed it, if told
 */
public record RegisterEntry(RegisteredCompany company, List<Name> names, Map<String, String> companyFormNames,
		Map<String, String> industryNames, @Nullable String status, @Nullable OffsetDateTime sourceModified) {

	/**
	 * One of a company's names.
	 *
	 * @param name the name
	 * @param type the register's type code of the name, if given
	 * @param from since when, if known
	 * @param to until when, if it ended
	 */
	public record Name(String name, @Nullable String type, @Nullable LocalDate from, @Nullable LocalDate to) {
	}

}
