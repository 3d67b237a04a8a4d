package fi.osaamo.competence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import fi.osaamo.competence.TalentDirectory.TalentPage;
import fi.osaamo.identity.IdentityManagement;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;

/**
 * Puts the talents found on a page by pseudonym, with how many were found in all.
 */
@Component
class TalentDirectoryPages {

	private final IdentityManagement identities;

	TalentDirectoryPages(IdentityManagement identities) {
		this.identities = identities;
	}

	/**
	 * A page of talents.
	 * @param rows the talents found
	 * @param count counts them all, for a page past the last one
	 * @param page the page, from 0
	 * @return the page
	 */
	TalentPage page(List<TalentRow> rows, Supplier<StatementSpec> count, int page) {
		var pseudonyms = identities.summaries(rows.stream().map(TalentRow::person).toList());
		var talents = new ArrayList<TalentMatch>();
		for (var row : rows) {
			var summary = pseudonyms.get(row.person());
			if (summary != null) {
				talents.add(new TalentMatch(row.person(), summary.pseudonym(), row.skills(), row.profile()));
			}
		}
		return new TalentPage(talents, rows.isEmpty() ? counted(count, page) : rows.get(0).total());
	}

	private static long counted(Supplier<StatementSpec> count, int page) {
		return page == 0 ? 0 : count.get().query(Long.class).single();
	}

}
