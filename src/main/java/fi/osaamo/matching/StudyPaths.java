package fi.osaamo.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import fi.osaamo.matching.engine.SkillGraph;
import fi.osaamo.matching.engine.StudyPath;
import fi.osaamo.studies.Study;
import fi.osaamo.studies.StudyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Study paths: a small set of the region's studies that together teach the skills a
 * person lacks for a target, preferring short, cheap studies that start soon and end
 * before the job starts (see {@link StudyPath}).
 */
@Service
public class StudyPaths {

	static final int CANDIDATES = 60;

	private final StudyManagement studies;

	private final MatchingEngine engine;

	private final Clock clock;

	StudyPaths(StudyManagement studies, MatchingEngine engine, Clock clock) {
		this.studies = studies;
		this.engine = engine;
		this.clock = clock;
	}

	/**
	 * Plans a path.
	 * @param lacking the skills to learn (ESCO URIs)
	 * @param jobStarts when the job starts, if it matters
	 * @param maxStudies how many studies at most
	 * @return the studies in the order chosen, each with the skills it adds
	 */
	public List<Step> plan(Collection<String> lacking, @Nullable LocalDate jobStarts, int maxStudies) {
		if (lacking.isEmpty()) {
			return List.of();
		}
		var graph = engine.scorer().graph();
		var options = options(lacking, jobStarts, graph);
		var wanted = lacking.stream().mapToInt(graph::id).filter(id -> id >= 0).toArray();
		return StudyPath.plan(wanted, options, maxStudies).stream().map(step -> step(step, graph)).toList();
	}

	/** The studies that teach some of the skills, as the planner's options. */
	private List<StudyPath.Option> options(Collection<String> lacking, @Nullable LocalDate jobStarts,
			SkillGraph graph) {
		var today = LocalDate.now(clock);
		var options = new ArrayList<StudyPath.Option>();
		for (var study : studies.teaching(lacking, jobStarts, CANDIDATES)) {
			options.add(option(study, graph, today, jobStarts));
		}
		return options;
	}

	private static StudyPath.Option option(Study study, SkillGraph graph, LocalDate today,
			@Nullable LocalDate jobStarts) {
		var skills = study.skills().stream().mapToInt(graph::id).filter(id -> id >= 0).toArray();
		var startsIn = study.startDate() == null ? 0 : (int) ChronoUnit.DAYS.between(today, study.startDate());
		var inTime = jobStarts == null || study.endDate() == null || !study.endDate().isAfter(jobStarts);
		return new StudyPath.Option(study, skills, study.durationHours() == null ? 0 : study.durationHours(),
				study.costEur() == null ? 0 : study.costEur().doubleValue(), startsIn, inTime);
	}

	private static Step step(StudyPath.Step step, SkillGraph graph) {
		return new Step((Study) step.option().key(),
				java.util.Arrays.stream(step.adds()).mapToObj(graph::uri).toList());
	}

	/**
	 * One study of a path.
	 *
	 * @param study the study
	 * @param adds the skills (ESCO URIs) it is the first to teach
	 */
	public record Step(Study study, List<String> adds) {
	}

}
