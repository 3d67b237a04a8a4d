package fi.osaamo.content;

import java.util.List;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;

/**
 * Markdown to HTML that is safe to show: raw HTML in the source is escaped, unsafe link
 * schemes are dropped, and the result passes an allow-list of elements. Headings move one
 * level down, since the article's title is the page's only first-level heading. Tables
 * (GitHub's pipe tables) scroll inside their own frame on a narrow screen; images are
 * only those uploaded with the article, each with its alt text (see {@link ImageLinks}).
 */
final class Markdown {

	private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	private static final Safelist SAFELIST = Safelist.relaxed()
		.removeTags("img")
		.addAttributes("th", "align")
		.addAttributes("td", "align")
		.addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer")
		.preserveRelativeLinks(true);

	private static final Safelist WITH_IMAGES = Safelist.relaxed()
		.addAttributes("th", "align")
		.addAttributes("td", "align")
		.addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer")
		.preserveRelativeLinks(true);

	private static final String BASE = "https://osaamo.invalid/";

	private Markdown() {
	}

	/**
	 * The HTML of Markdown that may show no images: any it has are dropped.
	 * @param markdown the source
	 * @return the sanitised HTML
	 */
	static String toHtml(String markdown) {
		return clean(RENDERER.render(PARSER.parse(markdown)), SAFELIST, null);
	}

	/**
	 * The HTML of an article's body, its images resolved to those uploaded with it.
	 * @param markdown the source
	 * @param images the article's images
	 * @param field the form field the source came from, named in a problem
	 * @return the sanitised HTML
	 * @throws fi.osaamo.platform.InvalidInputException when an image lacks alt text or is
	 * not one of the article's
	 */
	static String toHtml(String markdown, ImageLinks images, String field) {
		Node document = PARSER.parse(markdown);
		document.accept(images.resolver(field));
		return clean(RENDERER.render(document), WITH_IMAGES, images);
	}

	private static String clean(String html, Safelist safelist, @Nullable ImageLinks images) {
		var document = Jsoup.parseBodyFragment(html, BASE);
		for (int level = 5; level >= 1; level--) {
			document.select("h" + level).tagName("h" + (level + 1));
		}
		var settings = new Document.OutputSettings().prettyPrint(false);
		var cleaned = Jsoup.parseBodyFragment(Jsoup.clean(document.body().html(), BASE, safelist, settings), BASE);
		cleaned.outputSettings(settings);
		cleaned.select("table").forEach(Markdown::framed);
		cleaned.select("img").forEach(image -> sized(image, images));
		return cleaned.body().html();
	}

	/**
	 * A table in a frame of its own, which scrolls when the table is wider than the
	 * screen; the keyboard reaches the frame, which is named by the table's headings.
	 */
	private static void framed(Element table) {
		table.wrap("<div class=\"table-wrap\" tabindex=\"0\"></div>");
		var headings = table.select("thead th").eachText().stream().filter(text -> !text.isBlank()).toList();
		if (!headings.isEmpty()) {
			table.parent().attr("role", "region").attr("aria-label", String.join(", ", headings));
		}
	}

	/** An image shown at its own size at most, and only if it is the article's. */
	private static void sized(Element image, @Nullable ImageLinks images) {
		var known = images == null ? null : images.bySource(image.attr("src"));
		if (known == null) {
			image.remove();
			return;
		}
		image.attr("width", Integer.toString(known.width()))
			.attr("height", Integer.toString(known.height()))
			.attr("loading", "lazy");
	}

}
