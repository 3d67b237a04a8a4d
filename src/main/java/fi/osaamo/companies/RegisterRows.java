package fi.osaamo.companies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rows of the register's tables as the module's types, and its records as the named
 * parameters of the statements that write them.
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

	/** A statement's figures as the named parameters of a statement. */
	static Map<String, @Nullable Object> figures(FinancialStatement statement) {
		var figures = new HashMap<String, @Nullable Object>();
		figures.put("revenue", statement.revenue());
		figures.put("operatingProfit", statement.operatingProfit());
		figures.put("profit", statement.profit());
		figures.put("personnel", statement.personnelExpenses());
		return figures;
	}

	/** A company's fields as the named parameters of a statement. */
	static Map<String, @Nullable Object> values(RegisteredCompany company) {
		var values = new HashMap<String, @Nullable Object>();
		values.put("id", company.businessId());
		values.put("name", company.name());
		values.put("form", company.companyForm());
		values.put("industry", company.industryCode());
		values.put("registered", company.registrationDate());
		values.put("ended", company.endDate());
		putAddress(values, company);
		return values;
	}

	private static void putAddress(Map<String, @Nullable Object> values, RegisteredCompany company) {
		values.put("municipality", company.municipalityCode());
		values.put("street", company.streetAddress());
		values.put("postCode", company.postCode());
		values.put("city", company.postOffice());
		values.put("website", company.website());
	}

}
