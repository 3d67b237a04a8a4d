package fi.osaamo.matching.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Random;

import fi.osaamo.matching.engine.ProfileIndex;
import fi.osaamo.matching.engine.Scorer;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the matching benchmarks and the quality evaluation and writes the report to
 * {@code target/benchmarks/report.md}: {@code ./mvnw -Pbenchmark test-compile exec:exec}
 * (optionally {@code -Dbenchmark.people=20000}).
 */
public final class MatchingBenchmarks {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MatchingBenchmarks.class);

	private MatchingBenchmarks() {
	}

	public static void main(String[] args) throws Exception {
		var people = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		var report = new StringBuilder();
		var runtime = Runtime.getRuntime();
		report.append("# Matching benchmarks\n\n")
			.append("Run ")
			.append(LocalDate.now())
			.append(" on ")
			.append(runtime.availableProcessors())
			.append(" cores, ")
			.append(System.getProperty("os.name"))
			.append(' ')
			.append(System.getProperty("os.arch"))
			.append(", Java ")
			.append(System.getProperty("java.version"))
			.append("; ")
			.append(people)
			.append(" people, ")
			.append(RankingBenchmark.JOBS)
			.append(" job tasks, ")
			.append(RankingBenchmark.STUDIES)
			.append(" studies, seed ")
			.append(RankingBenchmark.SEED)
			.append(".\n\n");

		var graph = EscoGraph.load();
		memoryAndQuality(report, graph, people);
		if (args.length > 1 && args[1].equals("quality")) {
			log.info("\n{}", report);
			return;
		}

		var options = new OptionsBuilder().include(RankingBenchmark.class.getName())
			.param("people", String.valueOf(people))
			.build();
		var results = new HashMap<String, Double>();
		for (RunResult result : new Runner(options).run()) {
			var name = result.getParams().getBenchmark().replaceAll(".*\\.", "");
			results.put(name, result.getPrimaryResult().getScore());
		}
		var engine = results.getOrDefault("rankPeopleForAJobEngine", 0.0);
		var sql = results.getOrDefault("rankPeopleForAJobSql", 0.0);
		var jobs = results.getOrDefault("rankJobsForAPerson", 0.0);
		var path = results.getOrDefault("studyPathForAPerson", 0.0);
		var extraction = results.getOrDefault("extractSkillsFrom300Words", 0.0);
		report.append("## Speed (JMH, throughput)\n\n| benchmark | ops/s | ms per operation |\n|---|---:|---:|\n");
		row(report, "rank " + people + " people for a job task – engine", engine);
		row(report, "rank " + people + " people for a job task – PostgreSQL baseline (one query)", sql);
		row(report, "rank " + RankingBenchmark.JOBS + " job tasks for a person – engine", jobs);
		row(report, "study path for a person and a job task (" + RankingBenchmark.STUDIES + " studies)", path);
		row(report, "skill extraction from a 300-word text (en)", extraction);
		report.append(String.format(Locale.ROOT,
				"%nRanking people: the engine is **%.1f×** the PostgreSQL baseline " + "measured in the same run.%n",
				sql == 0 ? 0 : engine / sql));
		var directory = Path.of("target", "benchmarks");
		Files.createDirectories(directory);
		Files.writeString(directory.resolve("report.md"), report);
		log.info("Report written to {}\n\n{}", directory.resolve("report.md"), report);
	}

	private static void memoryAndQuality(StringBuilder report, fi.osaamo.matching.engine.SkillGraph graph, int people) {
		var memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		var before = memory.getHeapMemoryUsage().getUsed();
		var region = new Region(graph, people, RankingBenchmark.JOBS, RankingBenchmark.STUDIES, RankingBenchmark.SEED);
		var scorer = new Scorer(graph);
		var index = new ProfileIndex(scorer);
		var started = System.nanoTime();
		for (int p = 0; p < region.profiles.length; p++) {
			index.put(region.people[p], region.profiles[p]);
		}
		var buildMillis = (System.nanoTime() - started) / 1_000_000;
		var jobs = region.jobs;
		var occupations = region.jobOccupation;
		var occupationCount = region.occupations.size();
		// Keep the index and what the evaluation needs; let the rest go.
		var generator = region;
		region = null;
		System.gc();
		System.gc();
		var after = memory.getHeapMemoryUsage().getUsed();
		report.append("## Memory\n\n")
			.append(String.format(Locale.ROOT,
					"The index for %d people (%d skill claims) holds about **%d MB** of heap "
							+ "(heap in use after building it, less before); built in %d ms.%n%n",
					index.size(), index.postings(), (after - before) / (1024 * 1024), buildMillis));

		// Quality: fresh profiles drawn like the region's; where does a job task made
		// from
		// the source occupation rank among all job tasks?
		var random = new Random(99);
		var samples = 2000;
		int top1 = 0;
		int top5 = 0;
		for (int s = 0; s < samples; s++) {
			var occupation = random.nextInt(occupationCount);
			var profile = generator.profile(occupation, random);
			var top = RankingBenchmark.topJobs(scorer, generator, profile, 5);
			for (int k = 0; k < top.length; k++) {
				if (occupations[top[k]] == occupation) {
					if (k == 0) {
						top1++;
					}
					top5++;
					break;
				}
			}
		}
		report.append("## Quality\n\n")
			.append(String.format(Locale.ROOT,
					"%d generated profiles (60 %% of an occupation's essential skills, levels 1–5, plus 2–4 noise "
							+ "skills) against %d job tasks: a task made from the source occupation ranks first for "
							+ "**%.1f %%** and in the top 5 for **%.1f %%** of them.%n%n",
					samples, jobs.length, 100.0 * top1 / samples, 100.0 * top5 / samples));
	}

	private static void row(StringBuilder report, String name, double opsPerSecond) {
		report.append(String.format(Locale.ROOT, "| %s | %.1f | %.2f |%n", name, opsPerSecond,
				opsPerSecond == 0 ? 0 : 1000 / opsPerSecond));
	}

}
