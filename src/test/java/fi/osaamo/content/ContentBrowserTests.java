package fi.osaamo.content;

import fi.osaamo.BrowserTestSupport;
import testsupport.browser.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A company administrator writes an instruction article in Swedish; an employee of the
 * company finds it on the front page and by the site search.
 */
class ContentBrowserTests extends BrowserTestSupport {

	@Override
	protected String acceptLanguage() {
		return "sv-FI,sv";
	}

	@Test
	void aCompanyAdministratorWritesAnArticleThatEmployeesFind() {
		var title = "Skyddsutrustning vid svetsning " + Long.toString(System.nanoTime(), 36);
		signIn("demo-companyadmin");
		open("/content/manage");
		Browser.assertAccessible(browser);
		browser.findElement(By.id("new-article")).click();
		waitFor(By.id("save-article"));
		Browser.assertAccessible(browser);
		new Select(browser.findElement(By.id("category"))).selectByVisibleText("Arbetsuppgifter");
		browser.findElement(By.id("svTitle")).sendKeys(title);
		browser.findElement(By.id("svSummary")).sendKeys("Vad du behöver när du svetsar.");
		browser.findElement(By.id("svBody"))
			.sendKeys("## Utrustning\n\n- svetsmask\n- handskar\n\n<script>alert(1)</script>");
		browser.findElement(By.id("save-article")).click();
		waitFor(By.cssSelector(".article-body"));
		assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isEqualTo(title);
		assertThat(browser.findElement(By.cssSelector(".article-body h3")).getText()).isEqualTo("Utrustning");
		assertThat(browser.findElement(By.cssSelector(".article-body")).getText()).contains("<script>");
		Browser.assertAccessible(browser);
		screenshot("article-sv");

		browser.manage().deleteAllCookies();
		signIn("demo-employee");
		open("/");
		assertThat(browser.findElement(By.id("articles-heading")).findElement(By.xpath("..")).getText())
			.contains(title);
		Browser.assertAccessible(browser);
		browser.findElement(By.id("home-q")).sendKeys("svetsmask");
		browser.findElement(By.cssSelector("form[action='/search'] button")).click();
		waitFor(By.cssSelector("main h1"));
		assertThat(browser.findElement(By.id("main")).getText()).contains(title);
		Browser.assertAccessible(browser);
		screenshot("search-sv");
		browser.findElement(By.linkText(title)).click();
		waitFor(By.cssSelector(".article-body"));
		assertThat(browser.findElements(By.cssSelector("nav.breadcrumbs li"))).hasSize(3);
		open("/content?category=job-tasks");
		assertThat(browser.findElement(By.id("main")).getText()).contains(title);
		Browser.assertAccessible(browser);
	}

	@Test
	void anEditorAddsAnImageAndAWideTableThatStayInsideTheArticleOnAPhone() throws Exception {
		var title = "Svetsmetoder " + Long.toString(System.nanoTime(), 36);
		signIn("demo-companyadmin");
		open("/content/articles/new");
		new Select(browser.findElement(By.id("category"))).selectByVisibleText("Arbetsuppgifter");
		browser.findElement(By.id("svTitle")).sendKeys(title);
		browser.findElement(By.id("svSummary")).sendKeys("Metoderna i korthet.");
		browser.findElement(By.id("svBody")).sendKeys("Text först.");
		browser.findElement(By.id("save-article")).click();
		waitFor(By.cssSelector(".article-body"));
		open(browser.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "") + "/edit");
		waitFor(By.id("upload-image"));
		Browser.assertAccessible(browser);

		var file = java.nio.file.Files.createTempFile("svetsmask", ".png");
		java.nio.file.Files.write(file, ArticleImageIntegrationTests.png(600, 300));
		browser.findElement(By.id("svBody")).sendKeys(" Ännu inte sparat.");
		browser.findElement(By.id("image")).sendKeys(file.toString());
		browser.findElement(By.id("upload-image")).click();
		waitFor(By.id("error-summary"));
		assertThat(browser.findElement(By.id("imageAlt-error")).getText()).contains("alternativtext");
		assertThat(browser.findElement(By.id("svBody")).getDomProperty("value")).contains("Ännu inte sparat.");
		Browser.assertAccessible(browser);

		browser.findElement(By.id("image")).sendKeys(file.toString());
		browser.findElement(By.id("imageAlt")).sendKeys("Svetsmask med mörkt visir");
		browser.findElement(By.id("upload-image")).click();
		waitFor(By.cssSelector(".article-images img"));
		var snippet = browser.findElement(By.cssSelector(".article-images input")).getDomProperty("value");
		assertThat(snippet).startsWith("![Svetsmask med mörkt visir](image:svetsmask");
		assertThat(browser.findElement(By.id("svBody")).getDomProperty("value")).contains("Ännu inte sparat.");
		Browser.assertAccessible(browser);
		screenshot("article-images-sv");

		var body = browser.findElement(By.id("svBody"));
		body.clear();
		body.sendKeys("## Metoder\n\n" + snippet + "\n\n"
				+ "| Metod | Skyddsgas | Tillsatsmaterial | Användning | Svårighetsgrad |\n| --- | --- | --- | --- | --- |\n"
				+ "| MIG/MAG-svetsning | Argon-koldioxidblandning | Massiv tråd eller rörtråd | Verkstadsindustrins vardag | Medelsvår |\n");
		browser.findElement(By.id("save-article")).click();
		waitFor(By.cssSelector(".article-body img"));
		assertThat(browser.findElement(By.cssSelector(".article-body img")).getDomAttribute("alt"))
			.isEqualTo("Svetsmask med mörkt visir");
		assertThat(browser.findElements(By.cssSelector(".article-body .table-wrap table"))).hasSize(1);
		Browser.assertAccessible(browser);
		screenshot("article-table-sv");
	}

}
