package fi.osaamo.matching;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import fi.osaamo.competence.SkillLevels;
import fi.osaamo.jobs.Importance;
import fi.osaamo.jobs.JobTask;
import fi.osaamo.matching.engine.Profile;
import fi.osaamo.matching.engine.Requirement;
import fi.osaamo.matching.engine.SkillGraph;
import fi.osaamo.taxonomy.SkillRelations;

/**
 * Turns the taxonomy's relations, people's skills and job tasks into the engine's terms:
 * a skill graph, profiles and requirements by the graph's ids.
 */
final class EngineInputs {

	private EngineInputs() {
	}

	static SkillGraph graph(SkillRelations relations) {
		var builder = SkillGraph.builder();
		relations.skills().forEach(builder::skill);
		relations.broader().forEach(pair -> builder.broader(pair.first(), pair.second()));
		relations.related().forEach(pair -> builder.related(pair.first(), pair.second()));
		relations.essential().forEach(pair -> builder.essential(pair.first(), pair.second()));
		return builder.build();
	}

	static Profile profile(SkillGraph graph, SkillLevels levels) {
		var ids = new int[levels.skills().size()];
		var values = new int[ids.length];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = graph.id(levels.skills().get(i));
			values[i] = levels.levels().get(i);
		}
		return Profile.of(ids, values);
	}

	/**
	 * A profile from skills given directly, for example in an API call.
	 * @param graph the skill graph
	 * @param skills the skill URIs and their levels
	 * @return the profile; unknown skills are left out
	 */
	static Profile profile(SkillGraph graph, List<MatchingEngine.SkillLevel> skills) {
		var ids = new int[skills.size()];
		var levels = new int[skills.size()];
		for (int i = 0; i < skills.size(); i++) {
			ids[i] = graph.id(skills.get(i).uri());
			levels[i] = skills.get(i).level();
		}
		return Profile.of(ids, levels);
	}

	static Requirement requirement(SkillGraph graph, JobTask task) {
		var builder = Requirement.builder();
		for (var skill : task.requiredSkills()) {
			builder.skill(graph.id(skill.skillUri()), skill.level(), skill.weight(),
					skill.importance() == Importance.MUST);
		}
		if (task.occupationUri() != null) {
			builder.occupation(graph.essentialSkills(task.occupationUri()));
		}
		return builder.build();
	}

	/**
	 * The skills the graph relates to some skills, without the given ones.
	 * @param graph the skill graph
	 * @param uris the skills
	 * @return the related skills' URIs
	 */
	static Set<String> related(SkillGraph graph, Collection<String> uris) {
		var related = new LinkedHashSet<String>();
		for (var uri : uris) {
			addRelated(graph, graph.id(uri), related);
		}
		related.removeAll(uris);
		return related;
	}

	private static void addRelated(SkillGraph graph, int id, Set<String> related) {
		if (id >= 0) {
			for (var other : graph.related(id)) {
				related.add(graph.uri(other));
			}
		}
	}

}
