package fi.osaamo.opendata;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A job ad imported from a national source (Työmarkkinatori or a JobPosting feed).
 *
 * @param source the source's code
 * @param title the ad's title
 * @param employer the employer's name as the ad gives it
 * @param businessId the employer's business ID, which links the ad to the company
 * @param locality where the work is
 * @param validThrough the last day to apply
 * @param url the ad at its source
 */
public record ImportedJobAd(String source, String title, @Nullable String employer, @Nullable String businessId,
		@Nullable String locality, @Nullable LocalDate validThrough, @Nullable String url) {
}
