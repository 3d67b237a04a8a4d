package fi.osaamo.demo;

import java.util.HashMap;
import java.util.Map;

import fi.osaamo.content.ArticleDraft;

/**
 * One language of a demo article as its file gives it: a header of {@code key: value}
 * lines, a blank line, and the body in Markdown.
 *
 * @param category the category's slug
 * @param forCompany whether the article is the demo company's own rather than the
 * platform's
 * @param byline who signs it
 * @param text its title, summary and body
 */
record DemoArticle(String category, boolean forCompany, String byline, ArticleDraft.Text text) {

	static DemoArticle parse(String file) {
		var split = file.indexOf("\n\n");
		var header = new HashMap<String, String>();
		for (var line : file.substring(0, split).split("\n")) {
			var colon = line.indexOf(':');
			header.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
		}
		return new DemoArticle(required(header, "category"), "company".equals(header.get("audience")),
				header.getOrDefault("byline", "Osaamo"), new ArticleDraft.Text(required(header, "title"),
						required(header, "summary"), file.substring(split + 2).strip()));
	}

	private static String required(Map<String, String> header, String key) {
		var value = header.get(key);
		if (value == null) {
			throw new IllegalStateException("A demo article has no " + key);
		}
		return value;
	}

}
