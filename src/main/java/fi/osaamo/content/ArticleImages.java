package fi.osaamo.content;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import fi.osaamo.identity.PersonId;
import fi.osaamo.platform.FormProblems;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Images uploaded with an article by those who may edit it, and shown to those who may
 * read it. Each has alt text; an image the article's text still shows cannot be removed.
 */
@Service
class ArticleImages {

	static final int MAX_IMAGES = 20;

	static final int MAX_ALT = 250;

	static final String ALT_FIELD = "imageAlt";

	private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final ArticleImageRepository images;

	private final ArticleManagement articles;

	ArticleImages(ArticleImageRepository images, ArticleManagement articles) {
		this.images = images;
		this.articles = articles;
	}

	/**
	 * The images of an article, for one who may edit it.
	 * @param article the article
	 * @param writer who edits it
	 * @return the images, oldest first
	 * @throws NotFoundException when the writer may not edit the article
	 */
	List<ArticleImage> editable(UUID article, PersonId writer) {
		articles.requireEditable(article, writer);
		return images.of(article);
	}

	/**
	 * Adds an image to an article its writer edits.
	 * @param writer who uploads it
	 * @param article the article
	 * @param fileName the uploaded file's name, which the image's name is made from
	 * @param bytes the file
	 * @param altText what the image shows
	 * @return the image
	 * @throws InvalidInputException with every problem of the file and the alt text
	 */
	@Transactional
	ArticleImage add(PersonId writer, UUID article, String fileName, byte[] bytes, String altText) {
		articles.requireEditable(article, writer);
		images.lock(article);
		var alt = altText.strip();
		var existing = images.of(article);
		var decoded = checked(alt, existing, bytes);
		var image = new ArticleImage(ImageNames.free(fileName, existing), alt, decoded.width(), decoded.height());
		images.add(article, image, decoded.png());
		return image;
	}

	/**
	 * Removes an image the article's text no longer shows.
	 * @param writer who removes it
	 * @param article the article
	 * @param name the image
	 * @throws InvalidInputException when a language version still shows it
	 */
	@Transactional
	void remove(PersonId writer, UUID article, String name) {
		var edited = articles.requireEditable(article, writer);
		var reference = Pattern.compile(
				"(image:|/content/articles/" + article + "/images/)" + Pattern.quote(name) + "(?![a-z0-9-])",
				Pattern.CASE_INSENSITIVE);
		if (edited.texts().values().stream().anyMatch(text -> reference.matcher(text.markdown()).find())) {
			throw new InvalidInputException("images", "validation.articleImage.inUse", name);
		}
		if (!images.remove(article, name)) {
			throw new NotFoundException("image " + name);
		}
	}

	/**
	 * An image's PNG, for a reader who may read its article.
	 * @param article the article
	 * @param name the image
	 * @param reader who reads, or none for an anonymous visitor
	 * @return the PNG
	 */
	Optional<byte[]> png(UUID article, String name, @Nullable PersonId reader) {
		if (!NAME.matcher(name).matches()) {
			return Optional.empty();
		}
		return articles.find(article, reader).flatMap(readable -> images.png(article, name));
	}

	/**
	 * The upload decoded, if it and its alt text pass the checks and the article has room
	 * for it.
	 */
	private static UploadedImage checked(String alt, List<ArticleImage> existing, byte[] bytes) {
		var problems = new FormProblems();
		problems.check(() -> checkAlt(alt));
		problems.check(() -> checkRoom(existing));
		var decoded = problems.read(() -> UploadedImage.decode(bytes));
		problems.throwIfAny();
		return decoded;
	}

	private static void checkRoom(List<ArticleImage> existing) {
		if (existing.size() >= MAX_IMAGES) {
			throw new InvalidInputException(UploadedImage.FIELD, "validation.articleImage.tooMany", MAX_IMAGES);
		}
	}

	private static void checkAlt(String alt) {
		if (alt.isEmpty()) {
			throw new InvalidInputException(ALT_FIELD, "validation.articleImage.alt");
		}
		if (alt.length() > MAX_ALT) {
			throw new InvalidInputException(ALT_FIELD, "validation.tooLong", MAX_ALT);
		}
	}

}
