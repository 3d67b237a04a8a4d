package fi.osaamo.opendata.publish;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what the open API publishes from the module's own tables.
 */
@Repository
class OpenData {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	OpenData(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<Map<String, Object>> companies(@Nullable String after, @Nullable String municipality, int limit) {
		return jdbc.sql("""
				select * from opendata.company
				where (cast(:after as varchar) is null or business_id > :after)
				  and (cast(:municipality as varchar) is null or municipality_code = :municipality)
				order by business_id limit :limit""")
			.param("after", after)
			.param("municipality", municipality)
			.param("limit", limit)
			.query(this::companyRow)
			.list();
	}

	java.util.Optional<Map<String, Object>> company(String businessId) {
		return jdbc.sql("select * from opendata.company where business_id = :id")
			.param("id", businessId)
			.query(this::companyRow)
			.optional();
	}

	private Map<String, Object> companyRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		var company = new LinkedHashMap<String, Object>();
		company.put("businessId", rs.getString("business_id"));
		company.put("name", rs.getString("name"));
		company.put("names", json.readValue(rs.getString("names"), new TypeReference<List<Object>>() {
		}));
		company.put("companyForm", rs.getString("company_form"));
		company.put("companyFormNames", json.readValue(rs.getString("company_form_names"), Map.class));
		company.put("mainBusinessLine", rs.getString("industry_code"));
		company.put("mainBusinessLineNames", json.readValue(rs.getString("industry_names"), Map.class));
		company.put("municipality", rs.getString("municipality_code"));
		company.put("streetAddress", rs.getString("street_address"));
		company.put("postCode", rs.getString("post_code"));
		company.put("postOffice", rs.getString("post_office"));
		company.put("website", rs.getString("website"));
		company.put("registrationDate", string(rs.getDate("registration_date")));
		company.put("endDate", string(rs.getDate("end_date")));
		company.put("status", rs.getString("status"));
		company.put("source", "PRH / YTJ open data (CC BY 4.0)");
		return company;
	}

	/**
	 * What companies published in the trade register for reaching them: the website and
	 * the postal address, as schema.org Organization properties. Nothing else about them
	 * is published, and nothing about the people who work there.
	 * @param businessIds the companies
	 * @return their contact properties by business ID; companies without any are left out
	 */
	Map<String, Map<String, Object>> contacts(Collection<String> businessIds) {
		var contacts = new HashMap<String, Map<String, Object>>();
		if (businessIds.isEmpty()) {
			return contacts;
		}
		jdbc.sql("""
				select business_id, website, street_address, post_code, post_office from opendata.company
				where business_id = any(:ids)""")
			.param("ids", businessIds.toArray(String[]::new))
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
				var contact = contact(rs.getString("website"), rs.getString("street_address"),
						rs.getString("post_code"), rs.getString("post_office"));
				if (!contact.isEmpty()) {
					contacts.put(rs.getString("business_id"), contact);
				}
			});
		return contacts;
	}

	private static Map<String, Object> contact(@Nullable String website, @Nullable String street,
			@Nullable String postCode, @Nullable String postOffice) {
		var contact = new LinkedHashMap<String, Object>();
		if (website != null && !website.isBlank()) {
			contact.put("url", website.matches("(?i)https?://.*") ? website : "https://" + website);
		}
		if (street != null || postOffice != null) {
			var address = new LinkedHashMap<String, Object>();
			address.put("@type", "PostalAddress");
			putIfPresent(address, "streetAddress", street);
			putIfPresent(address, "postalCode", postCode);
			putIfPresent(address, "addressLocality", postOffice);
			address.put("addressCountry", "FI");
			contact.put("address", address);
		}
		return contact;
	}

	private static void putIfPresent(Map<String, Object> map, String key, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			map.put(key, value);
		}
	}

	List<Map<String, Object>> changes(long after, int limit) {
		return jdbc.sql("select * from opendata.change where seq > :after order by seq limit :limit")
			.param("after", after)
			.param("limit", limit)
			.query((rs, row) -> {
				Map<String, Object> change = new LinkedHashMap<>();
				var kind = rs.getString("kind");
				var ref = rs.getString("ref");
				change.put("seq", rs.getLong("seq"));
				change.put("type", kind);
				change.put("id", ref);
				change.put("operation", rs.getString("operation").toLowerCase(java.util.Locale.ROOT));
				change.put("changedAt", rs.getTimestamp("changed_at").toInstant().toString());
				change.put("href", switch (kind) {
					case "company" -> "/api/v1/open/companies/" + ref;
					case "job" -> "/api/v1/open/jobs/" + ref;
					default -> "/api/v1/open/studies/" + ref;
				});
				return change;
			})
			.list();
	}

	private static @Nullable String string(java.sql.@Nullable Date date) {
		return date == null ? null : date.toLocalDate().toString();
	}

}
