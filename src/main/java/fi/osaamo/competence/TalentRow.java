package fi.osaamo.competence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fi.osaamo.identity.PersonId;

/**
 * A talent as the directory's queries find them: their skills, best first, what they told
 * the team, and how many talents were found in all.
 */
record TalentRow(PersonId person, List<TalentMatch.SkillLevel> skills, TalentProfile profile, long total) {

	static TalentRow of(ResultSet rs) throws SQLException {
		var uris = (String[]) rs.getArray("uris").getArray();
		var levels = (Object[]) rs.getArray("levels").getArray();
		var skills = new ArrayList<TalentMatch.SkillLevel>();
		for (var i = 0; i < uris.length; i++) {
			skills.add(new TalentMatch.SkillLevel(uris[i], ((Number) levels[i]).intValue()));
		}
		return new TalentRow(new PersonId(rs.getObject("person_id", UUID.class)), List.copyOf(skills),
				CityVisibilityQueries.profile(rs), rs.getLong("total"));
	}

}
