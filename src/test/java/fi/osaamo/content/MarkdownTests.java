package fi.osaamo.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTests {

	@Test
	void rendersTheUsualMarkdown() {
		var html = Markdown.toHtml("""
				# Title

				Some **bold** text and a [link](https://example.org/x).

				- one
				- two""");
		assertThat(html).contains("<h2>Title</h2>")
			.contains("<strong>bold</strong>")
			.contains("<a href=\"https://example.org/x\" rel=\"nofollow noopener noreferrer\">link</a>")
			.contains("<li>one</li>");
	}

	@Test
	void rawHtmlIsShownAsTextNotRun() {
		var html = Markdown.toHtml("<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>");
		assertThat(html).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;");
	}

	@Test
	void unsafeLinksAndImagesAreDropped() {
		var html = Markdown.toHtml("[click](javascript:alert(1)) ![pixel](https://tracker.example/p.gif)");
		assertThat(html).doesNotContain("javascript:").doesNotContain("<img").doesNotContain("tracker.example");
	}

	@Test
	void relativeLinksWithinTheSiteStay() {
		assertThat(Markdown.toHtml("[Studies](/studies)")).contains("href=\"/studies\"");
	}

	@Test
	void tablesScrollInsideTheirOwnFrame() {
		var html = Markdown.toHtml("| A | B |\n|:--|--:|\n| 1 | 2 |");
		assertThat(html)
			.startsWith("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"A, B\"><table>")
			.contains("<th align=\"left\">A</th>")
			.contains("<td align=\"right\">2</td>")
			.endsWith("</table></div>");
	}

	@Test
	void imagesAreTheArticlesOwnWithTheirAltText() {
		var article = java.util.UUID.randomUUID();
		var links = ImageLinks.of(article, java.util.List.of(new ArticleImage("chart", "Chart", 300, 200)));
		assertThat(Markdown.toHtml("![Sales by month](image:Chart)", links, "enBody"))
			.isEqualTo("<p><img src=\"/content/articles/" + article
					+ "/images/chart\" alt=\"Sales by month\" width=\"300\" height=\"200\" loading=\"lazy\"></p>");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> Markdown.toHtml("![ ](image:chart)", links, "enBody"))
			.hasFieldOrPropertyWithValue("messageKey", "validation.imageAlt")
			.hasFieldOrPropertyWithValue("field", "enBody");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> Markdown.toHtml("![x](data:image/png;base64,AAAA)", links, "enBody"))
			.hasFieldOrPropertyWithValue("messageKey", "validation.imageOther");
	}

	@Test
	void namesOfImagesComeFromTheirFiles() {
		var taken = java.util.List.of(new ArticleImage("hitsausmaski", "x", 1, 1));
		assertThat(ImageNames.free("Hitsausmaski.PNG", taken)).isEqualTo("hitsausmaski-2");
		assertThat(ImageNames.free("Työpäivän kulku (2).jpeg", taken)).isEqualTo("tyopaivan-kulku-2");
		assertThat(ImageNames.free("....png", taken)).isEqualTo("image");
	}

}
