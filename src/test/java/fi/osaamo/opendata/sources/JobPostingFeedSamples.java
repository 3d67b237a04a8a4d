package fi.osaamo.opendata.sources;

/**
 * Recorded JobPosting JSON-LD shared by the feed tests.
 */
final class JobPostingFeedSamples {

	static final String WELDER = "http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b";

	static final String WELDING = "http://data.europa.eu/esco/skill/530cb489-d900-46ab-9350-4d50ccd49eea";

	static final String FIRST_AID = "http://data.europa.eu/esco/skill/f7464f30-662b-4177-85a0-3df9693e9e58";

	static final String FEED = """
			{
			  "@context": "https://schema.org",
			  "@graph": [
			    {
			      "@type": "JobPosting",
			      "identifier": {"@type": "PropertyValue", "name": "Rekry", "value": "ad-1"},
			      "title": "Hitsaaja",
			      "description": "<p>MIG-hitsausta <b>konepajassa</b>.</p>",
			      "datePosted": "2026-11-01",
			      "validThrough": "2026-12-31T23:59:59+02:00",
			      "occupationalCategory": {"@type": "DefinedTerm", "@id": "%s", "name": "hitsaaja"},
			      "skills": [{"@type": "DefinedTerm", "@id": "%s", "name": "hitsaustekniikat"}, "%s", "Hyvä asenne"],
			      "hiringOrganization": {"@type": "Organization", "name": "Nokia Oyj",
			        "identifier": {"@type": "PropertyValue", "propertyID": "FI:Y-tunnus", "value": "0112038-9"}},
			      "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Vantaa",
			        "addressCountry": "FI"}},
			      "url": "https://example.org/ads/1"
			    },
			    {
			      "@type": "JobPosting",
			      "identifier": "ad-2",
			      "title": "Asentaja",
			      "jobLocation": [{"@type": "Place", "address": {"addressLocality": "Helsingfors"}}]
			    },
			    {
			      "@type": "JobPosting",
			      "identifier": "ad-3",
			      "description": "No title at all"
			    },
			    {
			      "@type": "JobPosting",
			      "identifier": "ad-4",
			      "title": "Tampereella",
			      "jobLocation": {"@type": "Place", "address": {"addressLocality": "Tampere"}}
			    }
			  ]
			}
			""".formatted(WELDER, WELDING, FIRST_AID);

	private JobPostingFeedSamples() {
	}

}
