package fi.osaamo.content;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
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

	private final ArticleReads reads;

	private final ArticleWrites writes;

	private final ArticlePolicy policy;

	private final Clock clock;

	private final ArticleImageRepository images;

	private final ArticleCategories categories;

	private final ArticleSearch search;

	ArticleManagement(ArticleReads reads, ArticleWrites writes, ArticlePolicy policy, Clock clock,
			ArticleImageRepository images, ArticleCategories categories, ArticleSearch search) {
		this.reads = reads;
		this.writes = writes;
		this.policy = policy;
		this.clock = clock;
		this.images = images;
		this.categories = categories;
		this.search = search;
	}

	public List<Category> categories() {
		return categories.all();
	}

	public Optional<Category> category(String slug) {
		return categories.bySlug(slug);
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
		return search.published(reader, language, category, query, page, size);
	}

	/**
	 * The articles a writer may edit, drafts included.
	 * @param writer who writes
	 * @param language the writer's language
	 * @return the articles, last changed first
	 */
	public List<ArticleSummary> editable(PersonId writer, Language language) {
		return search.editable(writer, language);
	}

	/**
	 * An article as a reader may see it: published and for them, or a draft they may
	 * edit.
	 * @param id the article
	 * @param reader who reads, or none for an anonymous visitor
	 * @return the article
	 */
	public Optional<Article> find(UUID id, @Nullable PersonId reader) {
		return reads.load(id).filter(article -> policy.mayRead(article, reader));
	}

	/**
	 * An article its writer edits.
	 * @param id the article
	 * @param writer who writes
	 * @return the article
	 * @throws NotFoundException if it does not exist or the writer may not edit it
	 */
	public Article requireEditable(UUID id, PersonId writer) {
		return reads.load(id)
			.filter(article -> policy.mayWrite(writer, article.organisation()))
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
		writes.insert(id, writer, draft, draft.publish() ? now : null, now);
		writes.insertTexts(id, checked);
		return id;
	}

	@Transactional
	public void update(PersonId writer, UUID id, ArticleDraft draft, int version) {
		var current = requireEditable(id, writer);
		policy.requireWriter(writer, draft.audience());
		var checked = check(draft, ImageLinks.of(id, images.of(id)));
		var now = Timestamp.from(clock.instant());
		writes.update(id, draft, published(draft, current, now), now, version);
		writes.replaceTexts(id, checked);
	}

	@Transactional
	public void delete(PersonId writer, UUID id) {
		requireEditable(id, writer);
		writes.delete(id);
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
		return categories.create(slug, names);
	}

	/**
	 * Removes a person as the author of record of their articles; the articles and their
	 * bylines stay, as published text of the organisation.
	 * @param person the person
	 */
	public void forget(PersonId person) {
		writes.forgetAuthor(person);
	}

	public long count() {
		return reads.count();
	}

	/**
	 * When the article is published: when it first was, now if only now, or not at all.
	 */
	private static @Nullable Timestamp published(ArticleDraft draft, Article current, Timestamp now) {
		return draft.publish() ? (current.publishedAt() != null ? Timestamp.from(current.publishedAt()) : now) : null;
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

}
