package fi.osaamo.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The region's open jobs: Osaamo's own job tasks first, then the ads imported from
 * national sources.
 *
 * @param rows the jobs on this page
 * @param total how many match
 * @param query the words searched in titles
 * @param source {@code ALL}, {@code OSAAMO} or {@code IMPORTED}
 * @param page the page, from 0
 * @param pages how many pages
 * @param errorKey what was wrong with the filters
 */
public record JobsPage(List<Row> rows, long total, String query, String source, int page, int pages,
		@Nullable String errorKey) {

	public String[] sources() {
		return new String[] { "ALL", "OSAAMO", "IMPORTED" };
	}

	public String link(int target) {
		return "/dashboard/jobs?" + parameters() + "&page=" + target;
	}

	public String exportLink(String format) {
		return "/dashboard/jobs." + format + "?" + parameters();
	}

	private String parameters() {
		return "q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&source=" + source;
	}

	/**
	 * One job.
	 *
	 * @param title its title
	 * @param employer the company
	 * @param employerLink the company's page, if the company is in the register
	 * @param locality where
	 * @param applyBy the last day to apply
	 * @param source {@code osaamo} or the import source's code
	 * @param link its page: the dashboard's for Osaamo's tasks, the source's for ads
	 */
	public record Row(String title, @Nullable String employer, @Nullable String employerLink, @Nullable String locality,
			@Nullable LocalDate applyBy, String source, @Nullable String link) {

		Row withEmployerLink(String employerLink) {
			return new Row(title, employer, employerLink, locality, applyBy, source, link);
		}

		public boolean own() {
			return source.equals("osaamo");
		}

	}

}
