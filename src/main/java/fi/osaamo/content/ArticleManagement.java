package fi.osaamo.content;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.LikePatterns;
import fi.osaamo.platform.NotFoundException;
import fi.osaamo.platform.StaleVersionException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The instruction articles' API. Readers see the region's published articles and those of
 * their own organisations; anonymous visitors the region's only. Platform administrators
 * write for the region, an organisation's administrators for its members; drafts exist
 * only for those who may write them.
 */
@Service
public class ArticleManagement {

	static final int MAX_BYLINE = 120;

	private static final String TEXT_CONFIG = "case %s.language when 'fi' then 'finnish'::regconfig "
			+ "when 'sv' then 'swedish'::regconfig else 'english'::regconfig end";

	private final JdbcClient jdbc;

	private final ArticlePolicy policy;

	private final Clock clock;

	private final ArticleImageRepository images;

	ArticleManagement(JdbcClient jdbc, ArticlePolicy policy, Clock clock, ArticleImageRepository images) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.clock = clock;
		this.images = images;
	}

	public List<Category> categories() {
		return jdbc.sql("select id, slug, name_fi, name_sv, name_en from content.category order by position, slug")
			.query(ArticleManagement::category)
			.list();
	}

	public Optional<Category> category(String slug) {
		return jdbc.sql("select id, slug, name_fi, name_sv, name_en from content.category where slug = :slug")
			.param("slug", slug)
			.query(ArticleManagement::category)
			.optional();
	}

	/**
	 * The newest published articles a reader may see.
	 * @param reader who reads, or none for an anonymous visitor
	 * @param language the reader's language
	 * @param limit how many
	 * @return the articles, newest first
	 */
	public List<ArticleSummary> newest(@Nullable PersonId reader, Language language, int limit) {
		return list(reader, language, null, "", 0, limit).items();
	}

	/**
	 * Published articles a reader may see, by category and words.
	 * @param reader who reads, or none for an anonymous visitor
	 * @param language the reader's language
	 * @param category only this category's (by slug), or all
	 * @param query words to find (full text in each article's language, or part of a
	 * title); empty for all, newest first
	 * @param page the page, from 0
	 * @param size the page size
	 * @return the page, best matches or newest first
	 */
	public ArticlePage list(@Nullable PersonId reader, Language language, @Nullable String category, String query,
			int page, int size) {
		var where = FROM + " " + """
				where a.published_at is not null
				 and (a.organisation_id is null or a.organisation_id = any(:organisations))
				 and (cast(:category as varchar) is null or c.slug = :category)
				 and (:query = '' or exists (select 1 from content.article_text s where s.article_id = a.id
				      and (s.search_vector @@ websearch_to_tsquery(%s, :query) or s.title ilike :pattern
				           or public.osaamo_fold(:query) <%% s.search_text)))""".formatted(TEXT_CONFIG.formatted("s"));
		var trimmed = query.strip();
		var readable = policy.readable(reader);
		var total = jdbc.sql("select count(*) " + where)
			.param("organisations", readable)
			.param("category", category)
			.param("query", trimmed)
			.param("pattern", LikePatterns.containing(trimmed))
			.param("language", language.code())
			.query(Long.class)
			.single();
		var order = trimmed.isEmpty() ? "a.published_at desc, a.id" : """
				(select max(ts_rank(s.search_vector, websearch_to_tsquery(%s, :query))
				            + word_similarity(public.osaamo_fold(:query), s.search_text))
				   from content.article_text s where s.article_id = a.id) desc, a.published_at desc, a.id"""
			.formatted(TEXT_CONFIG.formatted("s"));
		var items = jdbc.sql(SUMMARY_COLUMNS + " " + where + " order by " + order + " limit :size offset :offset")
			.param("organisations", readable)
			.param("category", category)
			.param("query", trimmed)
			.param("pattern", LikePatterns.containing(trimmed))
			.param("language", language.code())
			.param("size", size)
			.param("offset", (long) Math.max(0, page) * size)
			.query(ArticleManagement::summary)
			.list();
		return new ArticlePage(items, Math.max(0, page), size, total);
	}

	/**
	 * The articles a writer may edit, drafts included.
	 * @param writer who writes
	 * @param language the writer's language
	 * @return the articles, last changed first
	 */
	public List<ArticleSummary> editable(PersonId writer, Language language) {
		var scope = policy.writable(writer);
		return jdbc.sql(SUMMARY_COLUMNS + " " + FROM + """
				 where (:region and a.organisation_id is null) or a.organisation_id = any(:organisations)
				order by a.updated_at desc, a.id""")
			.param("region", scope.region())
			.param("organisations", scope.organisations())
			.param("language", language.code())
			.query(ArticleManagement::summary)
			.list();
	}

	/**
	 * An article as a reader may see it: published and for them, or a draft they may
	 * edit.
	 * @param id the article
	 * @param reader who reads, or none for an anonymous visitor
	 * @return the article
	 */
	public Optional<Article> find(UUID id, @Nullable PersonId reader) {
		return load(id).filter(article -> policy.mayRead(article, reader));
	}

	/**
	 * An article its writer edits.
	 * @param id the article
	 * @param writer who writes
	 * @return the article
	 * @throws NotFoundException if it does not exist or the writer may not edit it
	 */
	public Article requireEditable(UUID id, PersonId writer) {
		return load(id).filter(article -> policy.mayWrite(writer, article.organisation()))
			.orElseThrow(() -> new NotFoundException("article " + id));
	}

	/**
	 * Whom a person may write for: the region if a platform administrator, and each
	 * organisation they administer.
	 * @param writer the person
	 * @return the audiences, none if they may not write
	 */
	public List<Audience> audiences(PersonId writer) {
		return policy.audiences(writer);
	}

	public boolean mayWrite(PersonId writer) {
		return policy.mayWrite(writer);
	}

	@Transactional
	public UUID create(PersonId writer, ArticleDraft draft) {
		policy.requireWriter(writer, draft.audience());
		var id = UUID.randomUUID();
		var checked = check(draft, ImageLinks.of(id, List.of()));
		var now = Timestamp.from(clock.instant());
		jdbc.sql("""
				insert into content.article (id, organisation_id, category_id, author_id, byline, published_at,
				                             created_at, updated_at)
				values (:id, :organisation, :category, :author, :byline, :published, :now, :now)""")
			.param("id", id)
			.param("organisation", draft.audience() == null ? null : draft.audience().value())
			.param("category", draft.category())
			.param("author", writer.value())
			.param("byline", draft.byline().strip())
			.param("published", draft.publish() ? now : null)
			.param("now", now)
			.update();
		insertTexts(id, checked);
		return id;
	}

	@Transactional
	public void update(PersonId writer, UUID id, ArticleDraft draft, int version) {
		var current = requireEditable(id, writer);
		policy.requireWriter(writer, draft.audience());
		var checked = check(draft, ImageLinks.of(id, images.of(id)));
		var now = Timestamp.from(clock.instant());
		var published = draft.publish() ? (current.publishedAt() != null ? Timestamp.from(current.publishedAt()) : now)
				: null;
		var changed = jdbc.sql("""
				update content.article set organisation_id = :organisation, category_id = :category, byline = :byline,
				       published_at = :published, updated_at = :now, version = version + 1
				where id = :id and version = :version""")
			.param("organisation", draft.audience() == null ? null : draft.audience().value())
			.param("category", draft.category())
			.param("byline", draft.byline().strip())
			.param("published", published)
			.param("now", now)
			.param("id", id)
			.param("version", version)
			.update();
		if (changed == 0) {
			throw new StaleVersionException();
		}
		jdbc.sql("delete from content.article_text where article_id = :id").param("id", id).update();
		insertTexts(id, checked);
	}

	@Transactional
	public void delete(PersonId writer, UUID id) {
		requireEditable(id, writer);
		jdbc.sql("delete from content.article where id = :id").param("id", id).update();
	}

	/**
	 * Adds a category; only platform administrators may.
	 * @param actor who adds it
	 * @param slug its name in links
	 * @param names its names in Finnish, Swedish and English
	 * @return the category
	 */
	@Transactional
	public Category createCategory(PersonId actor, String slug, EnumMap<Language, String> names) {
		if (!policy.isPlatformAdmin(actor)) {
			throw new AccessDeniedException("only platform administrators add categories");
		}
		var normalised = slug.strip();
		if (!normalised.matches("[a-z0-9]+(-[a-z0-9]+)*") || normalised.length() > 60) {
			throw new InvalidInputException("slug", "validation.slug");
		}
		if (category(normalised).isPresent()) {
			throw new InvalidInputException("slug", "validation.slugTaken");
		}
		for (var language : Language.values()) {
			var name = names.getOrDefault(language, "").strip();
			if (name.isEmpty()) {
				throw new InvalidInputException("name" + language.name(), "validation.required");
			}
			if (name.length() > 100) {
				throw new InvalidInputException("name" + language.name(), "validation.tooLong", 100);
			}
		}
		var category = new Category(UUID.randomUUID(), normalised, names.get(Language.FI).strip(),
				names.get(Language.SV).strip(), names.get(Language.EN).strip());
		jdbc.sql("""
				insert into content.category (id, slug, name_fi, name_sv, name_en, position)
				values (:id, :slug, :fi, :sv, :en, (select coalesce(max(position), 0) + 10 from content.category))""")
			.param("id", category.id())
			.param("slug", category.slug())
			.param("fi", category.nameFi())
			.param("sv", category.nameSv())
			.param("en", category.nameEn())
			.update();
		return category;
	}

	/**
	 * Removes a person as the author of record of their articles; the articles and their
	 * bylines stay, as published text of the organisation.
	 * @param person the person
	 */
	public void forget(PersonId person) {
		jdbc.sql("update content.article set author_id = null where author_id = :person")
			.param("person", person.value())
			.update();
	}

	public long count() {
		return jdbc.sql("select count(*) from content.article").query(Long.class).single();
	}

	private Optional<Article> load(UUID id) {
		var texts = new EnumMap<Language, ArticleText>(Language.class);
		jdbc.sql("""
				select language, title, summary, body_markdown, body_html from content.article_text
				where article_id = :id""").param("id", id).query(rs -> {
			var language = Language.fromCode(rs.getString("language")).orElseThrow();
			texts.put(language, new ArticleText(language, rs.getString("title"), rs.getString("summary"),
					rs.getString("body_markdown"), rs.getString("body_html")));
		});
		return jdbc.sql("""
				select a.id, a.organisation_id, a.byline, a.published_at, a.updated_at, a.version,
				       c.id as category_id, c.slug, c.name_fi, c.name_sv, c.name_en
				from content.article a join content.category c on c.id = a.category_id where a.id = :id""")
			.param("id", id)
			.query((rs, row) -> new Article(rs.getObject("id", UUID.class), organisation(rs),
					new Category(rs.getObject("category_id", UUID.class), rs.getString("slug"), rs.getString("name_fi"),
							rs.getString("name_sv"), rs.getString("name_en")),
					rs.getString("byline"), instant(rs, "published_at"), rs.getTimestamp("updated_at").toInstant(),
					rs.getInt("version"), texts))
			.optional()
			.filter(article -> !article.texts().isEmpty());
	}

	private LinkedHashMap<Language, ArticleText> check(ArticleDraft draft, ImageLinks images) {
		var problems = new FormProblems();
		problems.check(() -> ArticleTexts.required("byline", draft.byline().strip(), MAX_BYLINE));
		problems.check(() -> {
			if (categories().stream().noneMatch(category -> category.id().equals(draft.category()))) {
				throw new InvalidInputException("category", "validation.chooseCategory");
			}
		});
		var texts = ArticleTexts.check(draft.texts(), images, problems);
		problems.throwIfAny();
		return texts;
	}

	private void insertTexts(UUID id, LinkedHashMap<Language, ArticleText> texts) {
		for (var text : texts.values()) {
			jdbc.sql("""
					insert into content.article_text (article_id, language, title, summary, body_markdown, body_html)
					values (:id, :language, :title, :summary, :markdown, :html)""")
				.param("id", id)
				.param("language", text.language().code())
				.param("title", text.title())
				.param("summary", text.summary())
				.param("markdown", text.markdown())
				.param("html", text.html())
				.update();
		}
	}

	private static final String SUMMARY_COLUMNS = """
			select a.id, a.organisation_id, a.byline, a.published_at, c.id as category_id, c.slug, c.name_fi,
			       c.name_sv, c.name_en, t.language, t.title, t.summary""";

	/**
	 * Articles with their categories and the text in the reader's language, or else in
	 * Finnish, Swedish or English.
	 */
	private static final String FROM = """
			from content.article a join content.category c on c.id = a.category_id
			join lateral (select x.language, x.title, x.summary from content.article_text x where x.article_id = a.id
			              order by case when x.language = :language then 0 when x.language = 'fi' then 1
			                            when x.language = 'sv' then 2 else 3 end limit 1) t on true""";

	private static Category category(ResultSet rs, int row) throws SQLException {
		return new Category(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("name_fi"),
				rs.getString("name_sv"), rs.getString("name_en"));
	}

	private static ArticleSummary summary(ResultSet rs, int row) throws SQLException {
		return new ArticleSummary(rs.getObject("id", UUID.class),
				Language.fromCode(rs.getString("language")).orElseThrow(), rs.getString("title"),
				rs.getString("summary"), rs.getString("byline"),
				new Category(rs.getObject("category_id", UUID.class), rs.getString("slug"), rs.getString("name_fi"),
						rs.getString("name_sv"), rs.getString("name_en")),
				instant(rs, "published_at"), rs.getObject("organisation_id") == null);
	}

	private static @Nullable OrganisationId organisation(ResultSet rs) throws SQLException {
		var id = rs.getObject("organisation_id", UUID.class);
		return id == null ? null : new OrganisationId(id);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		var timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

}
