package fi.osaamo.opendata.sources;

import java.util.ArrayList;
import java.util.List;

import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import tools.jackson.databind.JsonNode;

/**
 * Reads one schema.org JobPosting of {@link JobPostingFeed} into the job ad it stores,
 * checking its ESCO codes against the taxonomy and finding its municipality by name.
 */
final class JobPostings {

	private final TaxonomyManagement taxonomy;

	private final Municipalities municipalities;

	JobPostings(TaxonomyManagement taxonomy, Municipalities municipalities) {
		this.taxonomy = taxonomy;
		this.municipalities = municipalities;
	}

	JobAdStore.JobAd ad(JsonNode node) {
		var type = node.get("@type");
		if (!JobPostingTerms.isJobPosting(type)) {
			throw new RecordProblem("opendata.reject.notJobPosting", type == null ? "@type" : type.toString());
		}
		var id = JobPostingTerms.identifier(node)
			.orElseThrow(() -> new RecordProblem("opendata.reject.missing", "identifier"));
		var title = Fields.required(node, "title", 300);
		var description = description(node);
		var occupation = occupation(node.get("occupationalCategory"));
		var skills = skills(node.get("skills"));
		var hiring = Fields.object(node, "hiringOrganization");
		var hiringName = Fields.text(hiring, "name", 300);
		var businessId = JobPostingTerms.businessId(hiring.get("identifier"));
		var place = place(node.get("jobLocation"));
		var remote = "TELECOMMUTE".equalsIgnoreCase(String.valueOf(Fields.text(node, "jobLocationType", 40)));
		var url = url(node);
		var posted = Fields.date(node, "datePosted");
		var valid = Fields.date(node, "validThrough");
		if (posted != null && valid != null && valid.isBefore(posted)) {
			throw new RecordProblem("opendata.reject.dates", posted + " > " + valid);
		}
		return new JobAdStore.JobAd(id, title, description, occupation, skills, hiringName, businessId,
				place.municipality(), place.locality(), remote, posted, valid, url);
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

	private List<String> skills(@Nullable JsonNode skillNode) {
		var skills = new ArrayList<String>();
		if (skillNode != null && !skillNode.isNull()) {
			for (var skill : skillNode.isArray() ? skillNode : List.of(skillNode)) {
				JobPostingTerms.term(skill, "skills").ifPresent(uri -> {
					if (!taxonomy.isSkill(uri)) {
						throw new RecordProblem("opendata.reject.unknownCode", "skills: " + uri);
					}
					if (!skills.contains(uri)) {
						skills.add(uri);
					}
				});
			}
		}
		return List.copyOf(skills);
	}

	private @Nullable String occupation(@Nullable JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		for (var candidate : node.isArray() ? node : List.of(node)) {
			var uri = JobPostingTerms.term(candidate, "occupationalCategory");
			if (uri.isPresent() && uri.get().startsWith(JobPostingTerms.ESCO + "occupation/")) {
				if (!taxonomy.isOccupation(uri.get())) {
					throw new RecordProblem("opendata.reject.unknownCode", "occupationalCategory: " + uri.get());
				}
				return uri.get();
			}
		}
		return null;
	}

	private Place place(@Nullable JsonNode node) {
		if (node == null || node.isNull()) {
			return new Place(null, null);
		}
		var first = node.isArray() ? (node.isEmpty() ? null : node.get(0)) : node;
		if (first == null) {
			return new Place(null, null);
		}
		Fields.requireObject(first);
		var address = Fields.object(first, "address");
		var locality = Fields.text(address, "addressLocality", 200);
		var code = municipalities.byName(locality).orElse(null);
		return new Place(code, locality);
	}

	record Place(@Nullable String municipality, @Nullable String locality) {
	}

}
