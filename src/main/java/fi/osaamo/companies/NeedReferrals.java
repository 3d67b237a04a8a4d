package fi.osaamo.companies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The referrals of needs to the region's services: reads them, newest first, giving each
 * need its own, and writes them as they are made and closed.
 */
@Component
class NeedReferrals {

	private static final String REFERRALS = """
			select r.id, r.need_id, r.service_id, s.name, s.provider, r.follow_up_on, r.outcome, r.closed_at,
			       r.reminded_at
			from companies.referral r join companies.service s on s.id = r.service_id
			where r.need_id = any(:needs) order by r.created_at desc""";

	private final JdbcClient jdbc;

	NeedReferrals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The needs, each with its referrals.
	 * @param needs needs without their referrals
	 * @return the same needs in the same order, with their referrals
	 */
	List<Need> withReferrals(List<Need> needs) {
		if (needs.isEmpty()) {
			return needs;
		}
		var byNeed = new LinkedHashMap<UUID, List<Referral>>();
		needs.forEach(need -> byNeed.put(need.id(), new ArrayList<>()));
		referrals(byNeed.keySet()).forEach(referral -> byNeed.get(referral.needId()).add(referral));
		return needs.stream().map(need -> withReferrals(need, byNeed)).toList();
	}

	UUID insert(UUID needId, UUID serviceId, LocalDate followUpOn, Language language, PersonId actor) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into companies.referral (id, need_id, service_id, follow_up_on, language, created_by)
				values (:id, :need, :service, :followUpOn, :language, :actor)""")
			.params(Map.of("id", id, "need", needId, "service", serviceId, "followUpOn", followUpOn))
			.param("language", language.code())
			.param("actor", actor.value())
			.update();
		return id;
	}

	void close(UUID referralId, String outcome) {
		jdbc.sql("update companies.referral set outcome = :outcome, closed_at = now() where id = :id")
			.param("outcome", outcome)
			.param("id", referralId)
			.update();
	}

	/**
	 * The need of one of the team's open referrals, with its version.
	 * @throws NotFoundException if the team has no such open referral
	 */
	NeedVersion needOfOpen(OrganisationId team, UUID referralId) {
		return jdbc.sql("""
				select n.id, n.version from companies.referral r join companies.need n on n.id = r.need_id
				where r.id = :id and n.team_id = :team and r.closed_at is null""")
			.param("id", referralId)
			.param("team", team.value())
			.query((rs, row) -> new NeedVersion(rs.getObject("id", UUID.class), rs.getInt("version")))
			.optional()
			.orElseThrow(() -> new NotFoundException("referral " + referralId));
	}

	private List<Referral> referrals(Set<UUID> needs) {
		return jdbc.sql(REFERRALS).param("needs", needs.toArray(UUID[]::new)).query((rs, row) -> referral(rs)).list();
	}

	private static Need withReferrals(Need need, Map<UUID, List<Referral>> byNeed) {
		return new Need(need.id(), need.businessId(), need.companyName(), need.kind(), need.description(),
				need.urgency(), need.status(), need.industryCode(), need.updatedAt(), need.version(),
				List.copyOf(byNeed.get(need.id())));
	}

	private static Referral referral(ResultSet rs) throws SQLException {
		var closed = rs.getTimestamp("closed_at");
		var reminded = rs.getTimestamp("reminded_at");
		return new Referral(rs.getObject("id", UUID.class), rs.getObject("need_id", UUID.class),
				rs.getObject("service_id", UUID.class), rs.getString("name"), rs.getString("provider"),
				rs.getObject("follow_up_on", LocalDate.class), rs.getString("outcome"),
				closed == null ? null : closed.toInstant(), reminded == null ? null : reminded.toInstant());
	}

	/** A need's id and version. */
	record NeedVersion(UUID id, int version) {
	}

}
