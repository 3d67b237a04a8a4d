package fi.osaamo.opendata.sources;

import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import tools.jackson.databind.JsonNode;

/**
 * Reads one schema.org JobPosting of {@link JobPostingFeed} into the job ad it stores,
 * checking its ESCO codes against the taxonomy and finding its municipality by name.
 */
final class JobPostings {

	private final EscoTerms esco;

	private final Municipalities municipalities;

	JobPostings(TaxonomyManagement taxonomy, Municipalities municipalities) {
		this.esco = new EscoTerms(taxonomy);
		this.municipalities = municipalities;
	}

	JobAdStore.JobAd ad(JsonNode node) {
		var heading = heading(node);
		var terms = esco.terms(node);
		var hiring = JobPostingHiring.of(node);
		var place = place(node.get("jobLocation"));
		var remote = "TELECOMMUTE".equalsIgnoreCase(String.valueOf(Fields.text(node, "jobLocationType", 40)));
		var url = url(node);
		var period = AdPeriod.of(node, "datePosted", "validThrough");
		return new JobAdStore.JobAd(heading.id(), heading.title(), heading.description(), terms.occupation(),
				terms.skills(), hiring.name(), hiring.businessId(), place.municipality(), place.locality(), remote,
				period.posted(), period.until(), url);
	}

	private static Heading heading(JsonNode node) {
		var type = node.get("@type");
		if (!JobPostingTerms.isJobPosting(type)) {
			throw new RecordProblem("opendata.reject.notJobPosting", type == null ? "@type" : type.toString());
		}
		var id = JobPostingTerms.identifier(node)
			.orElseThrow(() -> new RecordProblem("opendata.reject.missing", "identifier"));
		var title = Fields.required(node, "title", 300);
		return new Heading(id, title, description(node));
	}

	/** The description as plain text, cut to 8000 characters. */
	private static @Nullable String description(JsonNode node) {
		var description = Fields.text(node, "description", 100_000);
		if (description != null) {
			description = Jsoup.parse(description).text();
			description = description.length() > 8000 ? description.substring(0, 8000) : description;
		}
		return description;
	}

	private static @Nullable String url(JsonNode node) {
		var url = Fields.text(node, "url", 1000);
		if (url != null && !url.matches("https?://\\S+")) {
			throw new RecordProblem("opendata.reject.url", url);
		}
		return url;
	}

	private Place place(@Nullable JsonNode node) {
		var first = first(node);
		if (first == null) {
			return new Place(null, null);
		}
		Fields.requireObject(first);
		var locality = Fields.text(Fields.object(first, "address"), "addressLocality", 200);
		var code = municipalities.byName(locality).orElse(null);
		return new Place(code, locality);
	}

	/** The first of the posting's locations. */
	private static @Nullable JsonNode first(@Nullable JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		return node.isArray() ? (node.isEmpty() ? null : node.get(0)) : node;
	}

	/** What a posting is: its id, title and description. */
	private record Heading(String id, String title, @Nullable String description) {
	}

	record Place(@Nullable String municipality, @Nullable String locality) {
	}

}
