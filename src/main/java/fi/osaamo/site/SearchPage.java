package fi.osaamo.site;

import fi.osaamo.content.ArticlePage;
import fi.osaamo.jobs.JobPage;
import fi.osaamo.studies.StudyPage;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Search results over the site's content, by kind.
 *
 * @param query the words searched for
 * @param articles matching articles
 * @param jobs matching job tasks, none when signed out
 * @param studies matching studies, none when signed out
 */
public record SearchPage(String query, @Nullable ArticlePage articles, @Nullable JobPage jobs,
		@Nullable StudyPage studies) {

	public boolean searched() {
		return !query.isBlank();
	}

	public boolean nothingFound() {
		return (articles == null || articles.total() == 0) && (jobs == null || jobs.total() == 0)
				&& (studies == null || studies.total() == 0);
	}

	public String more(String path) {
		return UriComponentsBuilder.fromPath(path).queryParam("q", query).encode().build().toUriString();
	}

}
