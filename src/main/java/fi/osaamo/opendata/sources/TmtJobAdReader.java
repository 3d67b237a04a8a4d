package fi.osaamo.opendata.sources;

import java.util.List;

import fi.osaamo.opendata.imports.SourceSettings;
import fi.osaamo.organisation.BusinessId;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads one ad of the Työmarkkinatori job-ad API into the job ad {@link TmtJobAds}
 * stores, checking its occupations and skills against ESCO, its municipalities against
 * Statistics Finland's and its other codes against the API's code sets.
 */
final class TmtJobAdReader {

	private final TaxonomyManagement taxonomy;

	private final Municipalities municipalities;

	private final TmtCodes codes;

	TmtJobAdReader(TaxonomyManagement taxonomy, Municipalities municipalities, JsonNode codesets) {
		this.taxonomy = taxonomy;
		this.municipalities = municipalities;
		this.codes = new TmtCodes(codesets);
	}

	JobAdStore.JobAd ad(JsonNode node, SourceSettings settings) {
		var heading = heading(node);
		var businessId = businessId(node);
		var classification = TmtClassification.of(node, taxonomy);
		var municipality = place(node, settings);
		codes.check(node);
		var period = AdPeriod.of(node, "julkaisupvm", "hakuPaattyy");
		var link = link(node);
		return new JobAdStore.JobAd(heading.id(), heading.title(), heading.description(), classification.occupation(),
				classification.skills(), TmtFields.localized(Fields.object(node, "ilmoittajanNimi"), 300), businessId,
				municipality, null, false, period.posted(), period.until(), link);
	}

	private static Heading heading(JsonNode node) {
		var id = Fields.required(node, "ilmoituksenID", 100);
		var title = TmtFields.localized(Fields.object(node, "otsikko"), 300);
		if (title == null) {
			throw new RecordProblem("opendata.reject.missing", "otsikko");
		}
		return new Heading(id, title, TmtFields.description(node));
	}

	private static @Nullable String businessId(JsonNode node) {
		var businessId = Fields.text(node, "ilmoittajanYTunnus", 20);
		if (businessId != null && !BusinessId.isValid(businessId)) {
			throw new RecordProblem("opendata.reject.businessId", businessId);
		}
		return businessId;
	}

	/** The place kept: the first one in the region, all of them checked. */
	private @Nullable String place(JsonNode node, SourceSettings settings) {
		var codes = municipalityCodes(node);
		return codes.stream()
			.filter(code -> settings.inRegion(List.of(code)))
			.findFirst()
			.orElse(codes.isEmpty() ? null : codes.get(0));
	}

	private List<String> municipalityCodes(JsonNode node) {
		var codes = TmtFields.strings(Fields.object(node, "sijainti"), "kunnat");
		for (var code : codes) {
			if (!municipalities.exists(code)) {
				throw new RecordProblem("opendata.reject.unknownCode", "kunnat: " + code);
			}
		}
		return codes;
	}

	private static @Nullable String link(JsonNode node) {
		var link = Fields.text(node, "linkki", 1000);
		if (link != null && !link.matches("https?://\\S+")) {
			throw new RecordProblem("opendata.reject.url", link);
		}
		return link;
	}

	/** What an ad is: its id, title and description. */
	private record Heading(String id, String title, @Nullable String description) {
	}

}
