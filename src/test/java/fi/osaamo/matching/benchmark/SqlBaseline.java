package fi.osaamo.matching.benchmark;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import fi.osaamo.matching.engine.Requirement;
import fi.osaamo.matching.engine.Scorer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;

/**
 * The baseline: the same ranking computed by PostgreSQL in one query (joins and group by)
 * over the same people, skill relations and scoring model, in an embedded PostgreSQL 17
 * started for the benchmark.
 */
final class SqlBaseline implements AutoCloseable {

	private static final String QUERY = """
			with req as (
			  select r.idx, r.skill, r.level, r.weight
			  from unnest(?::int[], ?::int[], ?::int[], ?::float8[]) as r(idx, skill, level, weight)),
			cand as (
			  select idx, skill as s, level, weight, true as direct from req
			  union all
			  select r.idx, n.neighbour, r.level, r.weight, false from req r join bench.neighbour n on n.skill = r.skill),
			credit as (
			  select ps.person, c.idx, c.weight,
			         max(case when c.direct then 1000 + least(1.0, ps.level::float8 / c.level)
			                  else %s * least(1.0, ps.level::float8 / c.level) end) as m
			  from cand c join bench.person_skill ps on ps.skill = c.s
			  group by ps.person, c.idx, c.weight),
			earned as (
			  select person, sum(weight * case when m >= 1000 then m - 1000 else m end) as earned
			  from credit group by person),
			occupation as (
			  select person, count(*) as shared from bench.person_skill where skill = any(?::int[]) group by person)
			select coalesce(e.person, o.person) as person,
			       case when ? > 0 then %s * coalesce(e.earned, 0) / ? + %s * coalesce(o.shared, 0) / ?
			            else coalesce(e.earned, 0) / ? end as score
			from earned e full join occupation o on o.person = e.person
			order by score desc, person
			limit ?"""
		.formatted(Scorer.RELATED_CREDIT, 1 - Scorer.OCCUPATION_SHARE, Scorer.OCCUPATION_SHARE);

	private final EmbeddedPostgres postgres;

	private final Connection connection;

	SqlBaseline(Region region) throws IOException, SQLException {
		var directory = Files.createTempDirectory("osaamo-benchmark-pg");
		postgres = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(true)
			.setServerConfig("shared_buffers", "256MB")
			.setServerConfig("work_mem", "64MB")
			.start();
		connection = postgres.getPostgresDatabase().getConnection();
		try (var statement = connection.createStatement()) {
			statement.execute("create schema bench");
			statement.execute(
					"create table bench.person_skill (person int not null, skill int not null, level smallint not null)");
			statement.execute("create table bench.neighbour (skill int not null, neighbour int not null)");
		}
		var copy = connection.unwrap(PGConnection.class).getCopyAPI();
		var rows = new StringBuilder();
		for (int p = 0; p < region.profiles.length; p++) {
			var profile = region.profiles[p];
			for (int i = 0; i < profile.size(); i++) {
				rows.append(p).append('\t').append(profile.skill(i)).append('\t').append(profile.level(i)).append('\n');
			}
			if (rows.length() > 8_000_000) {
				copy.copyIn("copy bench.person_skill from stdin", new StringReader(rows.toString()));
				rows.setLength(0);
			}
		}
		copy.copyIn("copy bench.person_skill from stdin", new StringReader(rows.toString()));
		rows.setLength(0);
		for (int skill = 0; skill < region.graph.size(); skill++) {
			for (var neighbour : region.graph.related(skill)) {
				rows.append(skill).append('\t').append(neighbour).append('\n');
			}
		}
		copy.copyIn("copy bench.neighbour from stdin", new StringReader(rows.toString()));
		try (var statement = connection.createStatement()) {
			statement.execute("create index on bench.person_skill (skill, person, level)");
			statement.execute("create index on bench.neighbour (skill, neighbour)");
			statement.execute("analyze");
		}
	}

	/**
	 * Ranks people for a requirement in PostgreSQL.
	 * @param requirement what is required
	 * @param limit how many
	 * @return the people's indices, best first
	 */
	List<Integer> rank(Requirement requirement, int limit) throws SQLException {
		var size = requirement.size();
		var idx = new Integer[size];
		var skills = new Integer[size];
		var levels = new Integer[size];
		var weights = new Double[size];
		for (int i = 0; i < size; i++) {
			idx[i] = i;
			skills[i] = requirement.skill(i);
			levels[i] = requirement.level(i);
			weights[i] = (double) requirement.weight(i);
		}
		var occupation = requirement.occupationSkills();
		var occupationIds = new Integer[occupation.length];
		for (int i = 0; i < occupation.length; i++) {
			occupationIds[i] = occupation[i];
		}
		try (var statement = connection.prepareStatement(QUERY)) {
			statement.setArray(1, connection.createArrayOf("int4", idx));
			statement.setArray(2, connection.createArrayOf("int4", skills));
			statement.setArray(3, connection.createArrayOf("int4", levels));
			statement.setArray(4, connection.createArrayOf("float8", weights));
			statement.setArray(5, connection.createArrayOf("int4", occupationIds));
			statement.setInt(6, occupation.length);
			statement.setDouble(7, requirement.totalWeight());
			statement.setDouble(8, Math.max(1, occupation.length));
			statement.setDouble(9, requirement.totalWeight());
			statement.setInt(10, limit);
			var ranked = new ArrayList<Integer>(limit);
			try (var result = statement.executeQuery()) {
				while (result.next()) {
					ranked.add(result.getInt(1));
				}
			}
			return ranked;
		}
	}

	@Override
	public void close() throws Exception {
		connection.close();
		postgres.close();
	}

}
