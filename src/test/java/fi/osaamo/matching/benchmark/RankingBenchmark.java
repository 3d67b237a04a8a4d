package fi.osaamo.matching.benchmark;

import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;

import fi.osaamo.matching.engine.ProfileIndex;
import fi.osaamo.matching.engine.Requirement;
import fi.osaamo.matching.engine.Scorer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The matching engine against its baseline, on a generated region: ranking people for a
 * job task (engine and PostgreSQL) and ranking job tasks for a person.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = { "-Xmx2g" })
public class RankingBenchmark {

	static final long SEED = 2026;

	static final int JOBS = 5000;

	static final int STUDIES = 1000;

	/** The generated region with its engine index. */
	@State(Scope.Benchmark)
	public static class Engine {

		@Param("100000")
		public int people;

		Region region;

		ProfileIndex index;

		Scorer scorer;

		List<fi.osaamo.matching.engine.StudyPath.Option> options;

		int next;

		@Setup(Level.Trial)
		public void setUp() {
			region = new Region(EscoGraph.load(), people, JOBS, STUDIES, SEED);
			scorer = new Scorer(region.graph);
			options = new java.util.ArrayList<>();
			for (var study : region.studies) {
				options.add(new fi.osaamo.matching.engine.StudyPath.Option(study, study.skills(), study.hours(),
						study.euros(), study.startsInDays(), study.startsInDays() < 120));
			}
			index = new ProfileIndex(scorer);
			for (int p = 0; p < region.profiles.length; p++) {
				index.put(region.people[p], region.profiles[p]);
			}
		}

		Requirement nextJob() {
			next = (next + 1) % region.jobs.length;
			return region.jobs[next];
		}

	}

	/** The same region in PostgreSQL. */
	@State(Scope.Benchmark)
	public static class Database {

		@Param("100000")
		public int people;

		Region region;

		SqlBaseline sql;

		int next;

		@Setup(Level.Trial)
		public void setUp() throws Exception {
			region = new Region(EscoGraph.load(), people, JOBS, STUDIES, SEED);
			sql = new SqlBaseline(region);
		}

		@TearDown(Level.Trial)
		public void tearDown() throws Exception {
			sql.close();
		}

		Requirement nextJob() {
			next = (next + 1) % region.jobs.length;
			return region.jobs[next];
		}

	}

	/** The skill extractor and a 300-word job description. */
	@State(Scope.Benchmark)
	public static class Extraction {

		fi.osaamo.matching.engine.SkillExtractor extractor;

		String text;

		@Setup(Level.Trial)
		public void setUp() {
			extractor = EscoGraph.extractor();
			text = TEXT;
		}

	}

	/**
	 * A job description of about 300 words (four times the same paragraph) naming skills
	 * among ordinary prose.
	 */
	static final String TEXT = String.join(" ", java.util.Collections.nCopies(4, """
			We are looking for a welder to join our team in the workshop. The work includes preparing
			parts, reading technical drawings and blueprints, and making sure every seam meets the
			standard. You will operate welding equipment every day, use metal cutting machines and keep
			the workplace tidy and safe. Good communication with colleagues matters, and you should be
			able to give first aid if something happens. Experience with quality control and with
			maintaining machinery is an advantage."""));

	@Benchmark
	public List<fi.osaamo.matching.engine.SkillExtractor.Match> extractSkillsFrom300Words(Extraction extraction) {
		return extraction.extractor.extract(extraction.text, "en", "en");
	}

	@Benchmark
	public List<fi.osaamo.matching.engine.StudyPath.Step> studyPathForAPerson(Engine engine) {
		engine.next = (engine.next + 1) % engine.region.profiles.length;
		var profile = engine.region.profiles[engine.next];
		var job = engine.region.jobs[engine.next % engine.region.jobs.length];
		var missing = new int[job.size()];
		int n = 0;
		for (int i = 0; i < job.size(); i++) {
			if (profile.levelOf(job.skill(i)) < job.level(i)) {
				missing[n++] = job.skill(i);
			}
		}
		return fi.osaamo.matching.engine.StudyPath.plan(java.util.Arrays.copyOf(missing, n), engine.options, 5);
	}

	@Benchmark
	public List<ProfileIndex.Ranked> rankPeopleForAJobEngine(Engine engine) {
		return engine.index.rank(engine.nextJob(), null, 10);
	}

	@Benchmark
	public List<Integer> rankPeopleForAJobSql(Database database) throws Exception {
		return database.sql.rank(database.nextJob(), 10);
	}

	@Benchmark
	public int[] rankJobsForAPerson(Engine engine) {
		engine.next = (engine.next + 1) % engine.region.profiles.length;
		return topJobs(engine.scorer, engine.region, engine.region.profiles[engine.next], 10);
	}

	static int[] topJobs(Scorer scorer, Region region, fi.osaamo.matching.engine.Profile profile, int limit) {
		var heap = new PriorityQueue<float[]>((a, b) -> Float.compare(a[0], b[0]));
		for (int j = 0; j < region.jobs.length; j++) {
			var score = scorer.score(profile, region.jobs[j]);
			if (heap.size() < limit) {
				heap.add(new float[] { score, j });
			}
			else if (score > heap.peek()[0]) {
				heap.poll();
				heap.add(new float[] { score, j });
			}
		}
		var top = new int[heap.size()];
		for (int i = top.length - 1; i >= 0; i--) {
			top[i] = (int) heap.poll()[1];
		}
		return top;
	}

}
