package fi.osaamo.content;

import java.util.EnumMap;
import java.util.UUID;

import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;

/**
 * The article form's fields as submitted: one title, summary and body per language.
 */
public record ArticleForm(@Nullable String audience, @Nullable String category, @Nullable String byline,
		@Nullable Boolean publish, @Nullable String fiTitle, @Nullable String fiSummary, @Nullable String fiBody,
		@Nullable String svTitle, @Nullable String svSummary, @Nullable String svBody, @Nullable String enTitle,
		@Nullable String enSummary, @Nullable String enBody,
		@Nullable Integer version) implements java.io.Serializable {

	ArticleForm withVersion(int current) {
		return new ArticleForm(audience, category, byline, publish, fiTitle, fiSummary, fiBody, svTitle, svSummary,
				svBody, enTitle, enSummary, enBody, current);
	}

	static ArticleForm empty(String byline, @Nullable Audience audience) {
		var organisation = audience == null || audience.organisation() == null ? ""
				: audience.organisation().toString();
		return new ArticleForm(organisation, "", byline, true, "", "", "", "", "", "", "", "", "", 0);
	}

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

	public String title(Language language) {
		return value(switch (language) {
			case FI -> fiTitle;
			case SV -> svTitle;
			case EN -> enTitle;
		});
	}

	public String summary(Language language) {
		return value(switch (language) {
			case FI -> fiSummary;
			case SV -> svSummary;
			case EN -> enSummary;
		});
	}

	public String body(Language language) {
		return value(switch (language) {
			case FI -> fiBody;
			case SV -> svBody;
			case EN -> enBody;
		});
	}

	public boolean published() {
		return Boolean.TRUE.equals(publish);
	}

	public String audienceValue() {
		return value(audience);
	}

	public String categoryValue() {
		return value(category);
	}

	public String bylineValue() {
		return value(byline);
	}

	public int versionValue() {
		return version == null ? 0 : version;
	}

	ArticleDraft toDraft() {
		var texts = new EnumMap<Language, ArticleDraft.Text>(Language.class);
		for (var language : Language.values()) {
			texts.put(language, new ArticleDraft.Text(title(language), summary(language), body(language)));
		}
		return new ArticleDraft(audienceId(), categoryId(), bylineValue(), published(), texts);
	}

	private @Nullable OrganisationId audienceId() {
		var value = value(audience).strip();
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
	private @Nullable UUID categoryId() {
		try {
			return UUID.fromString(value(category).strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String value(@Nullable String value) {
		return value == null ? "" : value;
	}

}
