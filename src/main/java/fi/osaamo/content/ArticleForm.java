package fi.osaamo.content;

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

	private static String value(@Nullable String value) {
		return value == null ? "" : value;
	}

}
