package fi.osaamo.content;

import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The categories articles are filed under, each named in Finnish, Swedish and English.
 */
@Repository
class ArticleCategories {

	private final JdbcClient jdbc;

	ArticleCategories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Category> all() {
		return jdbc.sql("select id, slug, name_fi, name_sv, name_en from content.category order by position, slug")
			.query(ArticleRows::category)
			.list();
	}

	Optional<Category> bySlug(String slug) {
		return jdbc.sql("select id, slug, name_fi, name_sv, name_en from content.category where slug = :slug")
			.param("slug", slug)
			.query(ArticleRows::category)
			.optional();
	}

	/**
	 * Adds a category after the others, checking its slug and names.
	 * @param slug its name in links
	 * @param names its names in Finnish, Swedish and English
	 * @return the category
	 */
	Category create(String slug, EnumMap<Language, String> names) {
		var normalised = checkedSlug(slug);
		checkNames(names);
		var category = new Category(UUID.randomUUID(), normalised, names.get(Language.FI).strip(),
				names.get(Language.SV).strip(), names.get(Language.EN).strip());
		insert(category);
		return category;
	}

	/** The slug stripped, if it is well formed and not taken. */
	private String checkedSlug(String slug) {
		var normalised = slug.strip();
		if (!normalised.matches("[a-z0-9]+(-[a-z0-9]+)*") || normalised.length() > 60) {
			throw new InvalidInputException("slug", "validation.slug");
		}
		if (bySlug(normalised).isPresent()) {
			throw new InvalidInputException("slug", "validation.slugTaken");
		}
		return normalised;
	}

	private static void checkNames(EnumMap<Language, String> names) {
		for (var language : Language.values()) {
			var name = names.getOrDefault(language, "").strip();
			if (name.isEmpty()) {
				throw new InvalidInputException("name" + language.name(), "validation.required");
			}
			if (name.length() > 100) {
				throw new InvalidInputException("name" + language.name(), "validation.tooLong", 100);
			}
		}
	}

	private void insert(Category category) {
		jdbc.sql("""
				insert into content.category (id, slug, name_fi, name_sv, name_en, position)
				values (:id, :slug, :fi, :sv, :en, (select coalesce(max(position), 0) + 10 from content.category))""")
			.param("id", category.id())
			.param("slug", category.slug())
			.param("fi", category.nameFi())
			.param("sv", category.nameSv())
			.param("en", category.nameEn())
			.update();
	}

}
