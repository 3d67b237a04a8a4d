package fi.osaamo.dashboard;

import java.util.List;
import java.util.Set;

import fi.osaamo.companies.CompanyRegister;
import fi.osaamo.companies.CompanySearch;
import fi.osaamo.companies.RegisteredCompany;
import fi.osaamo.organisation.BusinessId;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.Role;
import fi.osaamo.platform.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Picks the company whose employees a talent search is limited to, from its business ID
 * or words of its name.
 */
@Component
class Employers {

	/** How many companies are offered when the words name several. */
	static final int CHOICES = 10;

	private final CompanyRegister registry;

	private final OrganisationManagement organisations;

	Employers(CompanyRegister registry, OrganisationManagement organisations) {
		this.registry = registry;
		this.organisations = organisations;
	}

	/**
	 * The company the words name.
	 * @param text a business ID or words of a company's name
	 * @return the company and its employees, or the companies to choose from
	 * @throws InvalidInputException if no company of the region has such a name
	 */
	Employer pick(String text) {
		var words = text.strip();
		if (BusinessId.isValid(words)) {
			var company = registry.find(words)
				.orElseThrow(() -> new InvalidInputException("company", "dashboard.talents.unknownCompany", words));
			return employer(company);
		}
		var found = registry.search(
				new CompanySearch(words, null, null, CompanySearch.Status.ACTIVE, CompanySearch.Sort.NAME), 0, CHOICES);
		if (found.total() == 0) {
			throw new InvalidInputException("company", "dashboard.talents.unknownCompany", words);
		}
		var exact = found.items().stream().filter(company -> company.name().equalsIgnoreCase(words)).toList();
		if (found.total() == 1 || exact.size() == 1) {
			return employer(exact.size() == 1 ? exact.get(0) : found.items().get(0));
		}
		return new Employer(null, false, Set.of(), found.items(), found.total());
	}

	private Employer employer(RegisteredCompany company) {
		var organisation = organisations.findByBusinessId(new BusinessId(company.businessId()));
		return new Employer(company, organisation.isPresent(),
				organisation.map(found -> organisations.memberIds(found.id(), Role.EMPLOYEE)).orElse(Set.of()),
				List.of(), 1);
	}

}
