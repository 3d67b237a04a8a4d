package fi.osaamo.companies;

import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Keeps the register as its source gives it: the importers of {@code opendata} write
 * companies and their filed financial statements here, in their batch's transaction, and
 * a record written again replaces the earlier one.
 */
@Service
public class RegisterUpdates {

	private static final String RECORD_COMPANY = """
			insert into companies.register_company (business_id, name, names, company_form, company_form_names,
			  industry_code, industry_names, municipality_code, street_address, post_code, post_office, website,
			  registration_date, end_date, status, source_modified, updated_at)
			values (:id, :name, cast(:names as jsonb), :form, cast(:formNames as jsonb), :industry,
			  cast(:industryNames as jsonb), :municipality, :street, :postCode, :city, :website, :registered, :ended,
			  :status, :modified, now())
			on conflict (business_id) do update set name = excluded.name, names = excluded.names,
			  company_form = excluded.company_form, company_form_names = excluded.company_form_names,
			  industry_code = excluded.industry_code, industry_names = excluded.industry_names,
			  municipality_code = excluded.municipality_code, street_address = excluded.street_address,
			  post_code = excluded.post_code, post_office = excluded.post_office, website = excluded.website,
			  registration_date = excluded.registration_date, end_date = excluded.end_date,
			  status = excluded.status, source_modified = excluded.source_modified, updated_at = now()""";

	private static final String FILE_STATEMENT = """
			insert into companies.register_statement (business_id, period_end, period_start, revenue,
			  operating_profit, profit, personnel_expenses, registered, taxonomy)
			values (:id, :end, :start, :revenue, :operatingProfit, :profit, :personnel, :registered, :taxonomy)
			on conflict (business_id, period_end) do update set period_start = excluded.period_start,
			  revenue = excluded.revenue, operating_profit = excluded.operating_profit, profit = excluded.profit,
			  personnel_expenses = excluded.personnel_expenses,
			  registered = coalesce(excluded.registered, companies.register_statement.registered),
			  taxonomy = excluded.taxonomy, updated_at = now()""";

	private final JdbcClient jdbc;

	private final RegisterRows rows;

	RegisterUpdates(JdbcClient jdbc, RegisterRows rows) {
		this.jdbc = jdbc;
		this.rows = rows;
	}

	/**
	 * Adds a company or replaces what the register had of it.
	 * @param entry the company as the register gives it
	 */
	public void record(RegisterEntry entry) {
		jdbc.sql(RECORD_COMPANY)
			.params(RegisterRows.values(entry.company()))
			.param("names", rows.json(entry.names()))
			.param("formNames", rows.json(entry.companyFormNames()))
			.param("industryNames", rows.json(entry.industryNames()))
			.param("status", entry.status())
			.param("modified", entry.sourceModified())
			.update();
	}

	/**
	 * Adds a filed financial statement or replaces the one of the same company and
	 * period.
	 * @param statement its figures
	 * @param taxonomy the XBRL taxonomy it was filed in, if known
	 */
	public void file(FinancialStatement statement, @Nullable String taxonomy) {
		checkNotEmpty(statement);
		jdbc.sql(FILE_STATEMENT)
			.param("id", statement.businessId())
			.param("end", statement.periodEnd())
			.param("start", statement.periodStart())
			.params(RegisterRows.figures(statement))
			.param("registered", statement.registered())
			.param("taxonomy", taxonomy)
			.update();
	}

	private static void checkNotEmpty(FinancialStatement statement) {
		if (statement.revenue() == null && statement.operatingProfit() == null && statement.profit() == null
				&& statement.personnelExpenses() == null) {
			throw new InvalidInputException("statement", "companies.financials.empty");
		}
	}

}
