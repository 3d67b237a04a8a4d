package fi.osaamo.content;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Markdown to HTML that is safe to show: raw HTML in the source is escaped, unsafe link
 * schemes are dropped, and the result passes an allow-list of elements. Headings move one
 * level down, since the article's title is the page's only first-level heading.
 */
final class Markdown {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private static final Safelist SAFELIST = Safelist.relaxed()
		.removeTags("img")
		.addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer")
		.preserveRelativeLinks(true);

	private static final String BASE = "https://osaamo.invalid/";

	private Markdown() {
	}

	static String toHtml(String markdown) {
		var document = Jsoup.parseBodyFragment(RENDERER.render(PARSER.parse(markdown)), BASE);
		for (int level = 5; level >= 1; level--) {
			document.select("h" + level).tagName("h" + (level + 1));
		}
		var settings = new Document.OutputSettings().prettyPrint(false);
		return Jsoup.clean(document.body().html(), BASE, SAFELIST, settings);
	}

}
