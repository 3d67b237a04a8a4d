package fi.osaamo.companies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rows of the register's tables as the module's types.
 */
@Component
class RegisterRows {

	private static final TypeReference<List<RegisterEntry.Name>> NAMES = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, String>> BY_LANGUAGE = new TypeReference<>() {
	};

	private final JsonMapper json;

	RegisterRows(JsonMapper json) {
		this.json = json;
	}

	static RegisteredCompany company(ResultSet rs, int row) throws SQLException {
		return new RegisteredCompany(rs.getString("business_id"), rs.getString("name"), rs.getString("company_form"),
				rs.getString("industry_code"), rs.getString("municipality_code"), rs.getString("street_address"),
				rs.getString("post_code"), rs.getString("post_office"), rs.getString("website"),
				rs.getObject("registration_date", LocalDate.class), rs.getObject("end_date", LocalDate.class));
	}

	static FinancialStatement statement(ResultSet rs, int row) throws SQLException {
		return new FinancialStatement(rs.getString("business_id"), rs.getObject("period_start", LocalDate.class),
				rs.getObject("period_end", LocalDate.class), rs.getObject("revenue", Long.class),
				rs.getObject("operating_profit", Long.class), rs.getObject("profit", Long.class),
				rs.getObject("personnel_expenses", Long.class), rs.getObject("registered", LocalDate.class));
	}

	RegisterEntry entry(ResultSet rs, int row) throws SQLException {
		return new RegisterEntry(company(rs, row), json.readValue(rs.getString("names"), NAMES),
				json.readValue(rs.getString("company_form_names"), BY_LANGUAGE),
				json.readValue(rs.getString("industry_names"), BY_LANGUAGE), rs.getString("status"),
				rs.getObject("source_modified", OffsetDateTime.class));
	}

	String json(Object value) {
		return json.writeValueAsString(value);
	}

}
