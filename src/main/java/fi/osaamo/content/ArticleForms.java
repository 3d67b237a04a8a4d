package fi.osaamo.content;

import java.util.EnumMap;
import java.util.UUID;

import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;

/**
 * Converts between the article form and articles: the form filled in from an article, and
 * the draft a form describes.
 */
final class ArticleForms {

	private ArticleForms() {
	}

	/**
	 * The form filled in from an article.
	 * @param article the article
	 * @return the form
	 */
	static ArticleForm of(Article article) {
		var fi = article.texts().get(Language.FI);
		var sv = article.texts().get(Language.SV);
		var en = article.texts().get(Language.EN);
		return new ArticleForm(article.organisation() == null ? "" : article.organisation().toString(),
				article.category().id().toString(), article.byline(), article.published(), fi == null ? "" : fi.title(),
				fi == null ? "" : fi.summary(), fi == null ? "" : fi.markdown(), sv == null ? "" : sv.title(),
				sv == null ? "" : sv.summary(), sv == null ? "" : sv.markdown(), en == null ? "" : en.title(),
				en == null ? "" : en.summary(), en == null ? "" : en.markdown(), article.version());
	}

	/**
	 * The draft the form describes.
	 * @param form the form as typed
	 * @return the draft
	 * @throws InvalidInputException if the audience is not one
	 */
	static ArticleDraft draft(ArticleForm form) {
		var texts = new EnumMap<Language, ArticleDraft.Text>(Language.class);
		for (var language : Language.values()) {
			texts.put(language,
					new ArticleDraft.Text(form.title(language), form.summary(language), form.body(language)));
		}
		return new ArticleDraft(audienceId(form), categoryId(form), form.bylineValue(), form.published(), texts);
	}

	private static @Nullable OrganisationId audienceId(ArticleForm form) {
		var value = form.audienceValue().strip();
		if (value.isEmpty()) {
			return null;
		}
		try {
			return new OrganisationId(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("audience", "validation.chooseAudience");
		}
	}

	/**
	 * The category chosen, if one was; none is refused with the form's other problems.
	 */
	private static @Nullable UUID categoryId(ArticleForm form) {
		try {
			return UUID.fromString(form.categoryValue().strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
