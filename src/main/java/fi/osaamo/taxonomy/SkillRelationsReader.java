package fi.osaamo.taxonomy;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads in bulk what the matching engine needs of the taxonomy: the skills, their
 * relations and every label of every skill.
 */
@Component
class SkillRelationsReader {

	private static final String SKILLS = "select uri from taxonomy.concept where kind in ('SKILL', 'KNOWLEDGE') order by id";

	private static final String BROADER = """
			select c.uri as narrower, b.uri as broader from taxonomy.broader r
			join taxonomy.concept c on c.id = r.concept_id join taxonomy.concept b on b.id = r.broader_id
			where c.kind in ('SKILL', 'KNOWLEDGE') and b.kind in ('SKILL', 'KNOWLEDGE')""";

	private static final String RELATED = """
			select a.uri as first, b.uri as second from taxonomy.skill_relation r
			join taxonomy.concept a on a.id = r.skill_id join taxonomy.concept b on b.id = r.related_id""";

	private static final String ESSENTIAL = """
			select o.uri as occupation, s.uri as skill from taxonomy.occupation_skill r
			join taxonomy.concept o on o.id = r.occupation_id join taxonomy.concept s on s.id = r.skill_id
			where r.essential and s.kind in ('SKILL', 'KNOWLEDGE')""";

	private static final String LABELS = """
			select c.uri, c.kind, l.language, l.preferred, l.text from taxonomy.label l
			join taxonomy.concept c on c.id = l.concept_id where c.kind in ('SKILL', 'KNOWLEDGE')""";

	private final JdbcClient jdbc;

	SkillRelationsReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	SkillRelations relations() {
		var skills = jdbc.sql(SKILLS).query(String.class).list();
		var broader = pairs(BROADER, "narrower", "broader");
		var related = pairs(RELATED, "first", "second");
		var essential = pairs(ESSENTIAL, "occupation", "skill");
		return new SkillRelations(skills, broader, related, essential);
	}

	private List<SkillRelations.Pair> pairs(String sql, String first, String second) {
		return jdbc.sql(sql)
			.query((rs, row) -> new SkillRelations.Pair(rs.getString(first), rs.getString(second)))
			.list();
	}

	void forEachSkillLabel(TaxonomyManagement.SkillLabelConsumer consumer) {
		jdbc.sql(LABELS).query(rs -> {
			consumer.accept(rs.getString("uri"), rs.getString("language"), rs.getBoolean("preferred"),
					rs.getString("text"), "KNOWLEDGE".equals(rs.getString("kind")));
		});
	}

}
