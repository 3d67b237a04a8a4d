package fi.osaamo.content;

import java.util.Map;

import fi.osaamo.identity.PersonId;
import fi.osaamo.privacy.PersonalDataHolder;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The content module's personal data: who wrote an article. Articles are the
 * organisation's and stay when their author's account is deleted, without the author.
 */
@Component
@Order(50)
class AuthorData implements PersonalDataHolder {

	private final ArticleManagement articles;

	AuthorData(ArticleManagement articles) {
		this.articles = articles;
	}

	@Override
	public Map<String, @Nullable Object> export(PersonId person) {
		return Map.of();
	}

	@Override
	public void forget(PersonId person) {
		articles.forget(person);
	}

}
