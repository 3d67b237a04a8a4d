package fi.osaamo.content;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.osaamo.platform.InvalidInputException;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Image;
import org.commonmark.node.Text;
import org.jspecify.annotations.Nullable;

/**
 * The images an article's Markdown may show: those uploaded with it, named
 * {@code image:NAME} or by the path they are served at. Every image needs alt text.
 *
 * @param article the article
 * @param images its images by name
 */
record ImageLinks(UUID article, Map<String, ArticleImage> images) {

	static ImageLinks of(UUID article, java.util.List<ArticleImage> images) {
		return new ImageLinks(article,
				images.stream().collect(Collectors.toMap(ArticleImage::name, Function.identity())));
	}

	/**
	 * The image a path leads to, if it is one of the article's.
	 * @param source the path
	 * @return the image, or {@code null}
	 */
	@Nullable ArticleImage bySource(String source) {
		var prefix = "/content/articles/" + article + "/images/";
		return source.startsWith(prefix) ? images.get(source.substring(prefix.length())) : null;
	}

	/**
	 * Points each image of a Markdown document at the article's image it names.
	 * @param field the form field the Markdown came from
	 * @return the visitor, which throws at the first image it cannot show
	 */
	AbstractVisitor resolver(String field) {
		return new AbstractVisitor() {
			@Override
			public void visit(Image image) {
				image.setDestination(resolved(image, field).source(article));
			}
		};
	}

	private ArticleImage resolved(Image image, String field) {
		var named = named(image, field);
		var known = images.get(named);
		if (known == null) {
			throw new InvalidInputException(field, "validation.imageUnknown", named);
		}
		return known;
	}

	/** The name of the article's image that an image with alt text names. */
	private String named(Image image, String field) {
		if (altText(image).isBlank()) {
			throw new InvalidInputException(field, "validation.imageAlt");
		}
		var named = name(image.getDestination());
		if (named == null) {
			throw new InvalidInputException(field, "validation.imageOther");
		}
		return named;
	}

	/** The image's name, if the destination names one of this article's. */
	private @Nullable String name(String destination) {
		var lower = destination.strip().toLowerCase(Locale.ROOT);
		if (lower.startsWith("image:")) {
			return lower.substring("image:".length());
		}
		var prefix = "/content/articles/" + article + "/images/";
		return lower.startsWith(prefix) ? lower.substring(prefix.length()) : null;
	}

	private static String altText(Image image) {
		var text = new AltText();
		image.accept(text);
		return text.toString();
	}

	/** Collects an image's alt text: the literal text and code inside it. */
	private static final class AltText extends AbstractVisitor {

		private final StringBuilder text = new StringBuilder();

		@Override
		public void visit(Text node) {
			text.append(node.getLiteral());
		}

		@Override
		public void visit(Code node) {
			text.append(node.getLiteral());
		}

		@Override
		public String toString() {
			return text.toString();
		}

	}

}
