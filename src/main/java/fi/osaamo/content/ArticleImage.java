package fi.osaamo.content;

/**
 * An image uploaded with an article, as its editor sees it.
 *
 * @param name its name in the article's Markdown ({@code image:NAME})
 * @param altText what it shows, for those who cannot see it
 * @param width its width in pixels
 * @param height its height in pixels
 */
public record ArticleImage(String name, String altText, int width, int height) {

	/**
	 * Where readers get it.
	 * @param article the article
	 * @return the path
	 */
	public String source(java.util.UUID article) {
		return "/content/articles/" + article + "/images/" + name;
	}

	/**
	 * What the editor copies into the text.
	 * @return the Markdown
	 */
	public String markdown() {
		return "![" + altText.replace("[", "\\[").replace("]", "\\]") + "](image:" + name + ")";
	}

}
