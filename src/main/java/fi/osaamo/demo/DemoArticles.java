package fi.osaamo.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import fi.osaamo.content.ArticleDraft;
import fi.osaamo.content.ArticleManagement;
import fi.osaamo.content.Audience;
import fi.osaamo.content.Category;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Instruction articles of the demo region: the platform's guides in three languages and
 * one company's own note, so the front page has something to read on first start. The
 * texts are Markdown files under {@code demo/articles/}, one per article and language
 * ({@code NN-name.fi.md}), each starting with its category, title and summary (and, for a
 * company's own article, {@code audience: company} and its byline) before a blank line.
 */
@Component
class DemoArticles {

	private static final String LOCATION = "classpath:demo/articles/*.md";

	private final ArticleManagement articles;

	DemoArticles(ArticleManagement articles) {
		this.articles = articles;
	}

	void seed(PersonId platformAdmin, PersonId companyAdmin) {
		if (articles.count() == 0) {
			writeAll(platformAdmin, companyAdmin, companyOf(companyAdmin));
		}
	}

	/** The company whose articles the company's administrator writes, if any. */
	private @Nullable OrganisationId companyOf(PersonId companyAdmin) {
		return articles.audiences(companyAdmin)
			.stream()
			.map(Audience::organisation)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	/** The platform's articles, and the company's if it has an administrator. */
	private void writeAll(PersonId platformAdmin, PersonId companyAdmin, @Nullable OrganisationId company) {
		var categories = articles.categories();
		for (var article : read().values()) {
			var first = article.values().iterator().next();
			if (!first.forCompany()) {
				write(platformAdmin, null, categories, first, article);
			}
			else if (company != null) {
				write(companyAdmin, company, categories, first, article);
			}
		}
	}

	private void write(PersonId writer, @Nullable OrganisationId audience, List<Category> categories, DemoArticle first,
			Map<Language, DemoArticle> texts) {
		var category = categories.stream()
			.filter(candidate -> candidate.slug().equals(first.category()))
			.findFirst()
			.orElseThrow();
		var drafts = new EnumMap<Language, ArticleDraft.Text>(Language.class);
		texts.forEach((language, text) -> drafts.put(language, text.text()));
		articles.create(writer, new ArticleDraft(audience, category.id(), first.byline(), true, drafts));
	}

	/** The articles by their file's name without the language, in the files' order. */
	private static Map<String, Map<Language, DemoArticle>> read() {
		try {
			var found = new LinkedHashMap<String, Map<Language, DemoArticle>>();
			for (var file : files()) {
				add(found, file);
			}
			return found;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the demo articles", ex);
		}
	}

	/** The article files, by name. */
	private static Resource[] files() throws IOException {
		var files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
		Arrays.sort(files, Comparator.comparing(Resource::getFilename));
		return files;
	}

	/** Adds an article file's text under its name and language. */
	private static void add(Map<String, Map<Language, DemoArticle>> found, Resource file) throws IOException {
		var name = Objects.requireNonNull(file.getFilename()).split("\\.");
		var language = Language.fromCode(name[1]).orElseThrow();
		found.computeIfAbsent(name[0], any -> new EnumMap<>(Language.class))
			.put(language, DemoArticle.parse(file.getContentAsString(StandardCharsets.UTF_8)));
	}

}
