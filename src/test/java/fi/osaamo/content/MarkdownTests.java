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

}
