package fi.osaamo.coach.apprenticeships;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fi.osaamo.coach.ImportReport;
import fi.osaamo.coach.ImportRow;
import fi.osaamo.coach.RowProblems;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.identity.PersonId;
import fi.osaamo.identity.PersonalData;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a school's apprenticeships: every row is checked first; the rows that pass are
 * written together, each new one with its apprentice registered in the vault, each known
 * one (same school, same id) updated; a rejected row is explained and writes nothing.
 */
@Service
public class ApprenticeshipImport {

	private static final String PURPOSE = "Apprenticeship import: keeping the apprentice's e-mail address";

	private final ApprenticeshipChecks checks;

	private final StaffByEmail staff;

	private final Apprenticeships apprenticeships;

	private final IdentityManagement identities;

	private final SchoolAccess access;

	private final Clock clock;

	ApprenticeshipImport(ApprenticeshipChecks checks, StaffByEmail staff, Apprenticeships apprenticeships,
			IdentityManagement identities, SchoolAccess access, Clock clock) {
		this.checks = checks;
		this.staff = staff;
		this.apprenticeships = apprenticeships;
		this.identities = identities;
		this.access = access;
		this.clock = clock;
	}

	/** The rows that passed, with the apprentices of those already imported. */
	private record Checked(List<CheckedApprenticeship> passed, List<RowProblems> rejected,
			Map<String, PersonId> known) {

		ImportReport report() {
			int updated = (int) this.passed.stream().filter(row -> this.known.containsKey(row.externalId())).count();
			return new ImportReport(this.passed.size() - updated, updated, this.rejected);
		}

	}

	/**
	 * What an import would do, writing nothing.
	 * @param school the school
	 * @param importer its staff member importing
	 * @param rows the rows
	 * @return the rows that would be new, updated and rejected
	 */
	@Transactional(readOnly = true)
	public ImportReport preview(OrganisationId school, PersonId importer, List<ImportRow> rows) {
		return check(school, importer, rows).report();
	}

	/**
	 * Imports the rows that pass.
	 * @param school the school
	 * @param importer its staff member importing
	 * @param rows the rows
	 * @return the rows new, updated and rejected
	 */
	@Transactional
	public ImportReport save(OrganisationId school, PersonId importer, List<ImportRow> rows) {
		var checked = check(school, importer, rows);
		var now = this.clock.instant();
		for (var row : checked.passed()) {
			var apprentice = checked.known().get(row.externalId());
			if (apprentice == null) {
				apprentice = this.identities
					.register(new NewPerson(row.givenName(), row.familyName(), null, row.mobile()))
					.id();
			}
			else {
				var email = this.identities.personalData(apprentice, importer, PURPOSE)
					.map(PersonalData::email)
					.orElse(null);
				this.identities.changeContact(apprentice, importer,
						new NewPerson(row.givenName(), row.familyName(), email, row.mobile()));
			}
			this.apprenticeships.save(school, row, apprentice, importer, now);
		}
		return checked.report();
	}

	private Checked check(OrganisationId school, PersonId importer, List<ImportRow> rows) {
		this.access.require(importer, school);
		var counts = rows.stream()
			.collect(Collectors.groupingBy(row -> row.apprenticeship().externalId().strip(), Collectors.counting()));
		var lookup = this.staff.lookup(importer);
		var passed = new ArrayList<CheckedApprenticeship>();
		var rejected = new ArrayList<RowProblems>();
		for (var row : rows) {
			var externalId = row.apprenticeship().externalId().strip();
			try {
				if (counts.get(externalId) > 1) {
					throw new InvalidInputException("externalId", "coach.import.duplicate", externalId);
				}
				passed.add(this.checks.check(row.apprenticeship(), school, importer, lookup));
			}
			catch (InvalidInputException ex) {
				rejected.add(new RowProblems(row.line(), externalId, ex.all()));
			}
		}
		var known = this.apprenticeships.apprentices(school,
				passed.stream().map(CheckedApprenticeship::externalId).toList());
		return new Checked(passed, rejected, known);
	}

}
