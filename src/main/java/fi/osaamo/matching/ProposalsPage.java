package fi.osaamo.matching;

import java.util.List;
import java.util.Set;

import fi.osaamo.jobs.JobTask;
import fi.osaamo.matching.engine.SkillExtractor;

/**
 * Skills proposed from a job task's description, for its HR specialist to confirm.
 *
 * @param task the job task
 * @param proposals the skills found, with where
 * @param required the skills the task already requires
 * @param language the language the description was read in
 */
public record ProposalsPage(JobTask task, List<SkillExtractor.Match> proposals, Set<String> required, String language) {

	public boolean isRequired(SkillExtractor.Match match) {
		return required.contains(match.uri());
	}

}
