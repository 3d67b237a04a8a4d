package fi.osaamo.content;

import java.util.List;
import java.util.UUID;

import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Builds the article form's page for the writing, the upload of images and their removal
 * alike, always with what the writer typed.
 */
@Component
class ArticleFormPages {

	private final ArticleManagement articles;

	private final ArticleImages images;

	ArticleFormPages(ArticleManagement articles, ArticleImages images) {
		this.articles = articles;
		this.images = images;
	}

	/**
	 * The form's page.
	 * @param writer who writes
	 * @param form what they typed
	 * @param article the article, or none for a new one
	 * @param error what was wrong, if anything
	 * @param imageAlt the alt text typed for an image
	 * @return the page
	 * @throws fi.osaamo.platform.NotFoundException when the writer may not edit the
	 * article
	 */
	ArticleFormPage page(PersonId writer, ArticleForm form, @Nullable UUID article,
			@Nullable InvalidInputException error, String imageAlt) {
		var uploaded = article == null ? List.<ArticleImage>of() : images.editable(article, writer);
		var action = article == null ? "/content/articles" : "/content/articles/" + article;
		return new ArticleFormPage(form, action, article, articles.audiences(writer), articles.categories(), uploaded,
				imageAlt, error);
	}

}
