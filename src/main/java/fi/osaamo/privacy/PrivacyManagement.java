package fi.osaamo.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The privacy notice's versions and who has accepted which.
 */
@Service
public class PrivacyManagement {

	private static final String INSERT_NOTICE = "insert into privacy.notice (version, language, title, body) values (:version, :language, :title, :body)";

	private final JdbcClient jdbc;

	private final NoticeVersion versions;

	PrivacyManagement(JdbcClient jdbc, NoticeVersion versions) {
		this.jdbc = jdbc;
		this.versions = versions;
	}

	/**
	 * The version in force; read from the database at most every
	 * {@code app.privacy.version-cache} (30 seconds by default).
	 * @return the version number, 0 if none is published
	 */
	public int currentVersion() {
		return versions.current();
	}

	/**
	 * The current notice in a language, or in English where that language lacks it.
	 * @param language the language
	 * @return the notice, if any version is published
	 */
	public Optional<PrivacyNotice> current(Language language) {
		return jdbc.sql("""
				select version, title, body, published_at from privacy.notice
				where version = (select max(version) from privacy.notice)
				order by case language when :language then 0 when 'en' then 1 else 2 end limit 1""")
			.param("language", language.code())
			.query((rs, row) -> new PrivacyNotice(rs.getInt("version"), rs.getString("title"), rs.getString("body"),
					rs.getTimestamp("published_at").toInstant()))
			.optional();
	}

	public boolean hasAccepted(PersonId person, int version) {
		return jdbc
			.sql("select exists (select 1 from privacy.acceptance where person_id = :person and version = :version)")
			.param("person", person.value())
			.param("version", version)
			.query(Boolean.class)
			.single();
	}

	public boolean hasAcceptedCurrent(PersonId person) {
		return hasAccepted(person, currentVersion());
	}

	/**
	 * Records that a person accepted a version; accepting it again changes nothing.
	 * @param person who
	 * @param version which version they read
	 */
	@Transactional
	public void accept(PersonId person, int version) {
		jdbc.sql(
				"insert into privacy.acceptance (person_id, version) values (:person, :version) on conflict do nothing")
			.param("person", person.value())
			.param("version", version)
			.update();
	}

	public Optional<java.time.Instant> acceptedAt(PersonId person, int version) {
		return jdbc.sql("select accepted_at from privacy.acceptance where person_id = :person and version = :version")
			.param("person", person.value())
			.param("version", version)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

	public java.util.List<Acceptance> acceptances(PersonId person) {
		return jdbc
			.sql("select version, accepted_at from privacy.acceptance where person_id = :person order by version")
			.param("person", person.value())
			.query((rs, row) -> new Acceptance(rs.getInt("version"), rs.getTimestamp("accepted_at").toInstant()))
			.list();
	}

	@Transactional
	public void forget(PersonId person) {
		jdbc.sql("delete from privacy.acceptance where person_id = :person").param("person", person.value()).update();
	}

	/**
	 * A version a person accepted.
	 *
	 * @param version the version
	 * @param at when
	 */
	public record Acceptance(int version, Instant at) {
	}

	/**
	 * Publishes a new version of the notice; everyone must accept it at their next
	 * request.
	 * @param texts the title and body per language
	 * @return the new version number
	 */
	@Transactional
	public int publish(Map<Language, NoticeText> texts) {
		jdbc.sql("lock table privacy.notice in exclusive mode").update();
		var version = currentVersion() + 1;
		texts.forEach((language, text) -> jdbc.sql(INSERT_NOTICE)
			.param("version", version)
			.param("language", language.code())
			.param("title", text.title())
			.param("body", text.body())
			.update());
		versions.published(version);
		return version;
	}

	/**
	 * The text of a notice in one language.
	 *
	 * @param title the title
	 * @param body the text
	 */
	public record NoticeText(String title, String body) {
	}

}
