package fi.osaamo.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import fi.osaamo.companies.Cooperation;

/**
 * Where the ecosystem map draws what: the most active companies on the left in
 * alphabetical order, their partners on the right (schools, then the city's own services,
 * then other providers), and a curve for each cooperation, thicker with more referrals.
 *
 * @param companies the companies drawn
 * @param partners the partners drawn
 * @param links the cooperation between them
 * @param companiesInAll how many companies cooperated, drawn or not
 * @param height the map's height
 */
record EcosystemLayout(List<EcosystemPage.Node> companies, List<EcosystemPage.Node> partners,
		List<EcosystemPage.Link> links, int companiesInAll, int height) {

	/** How many companies the map draws; the table lists them all. */
	static final int MAP_COMPANIES = 40;

	static final int ROW = 30;

	static final int TOP = 24;

	static final int COMPANY_X = 250;

	static final int PARTNER_X = EcosystemPage.WIDTH - 250;

	/**
	 * Lays the map out.
	 * @param cooperation who cooperated with whom
	 * @param partnerType the type of a provider: {@code SCHOOL}, {@code CITY} or
	 * {@code PROVIDER}
	 * @param jobTasks the open job tasks of companies, by business ID
	 * @return the layout
	 */
	static EcosystemLayout of(List<Cooperation> cooperation, Function<String, String> partnerType,
			Function<List<String>, Map<String, Integer>> jobTasks) {
		var referrals = new LinkedHashMap<String, Integer>();
		var names = new HashMap<String, String>();
		for (var row : cooperation) {
			referrals.merge(row.businessId(), row.referrals(), Integer::sum);
			names.put(row.businessId(), row.companyName());
		}
		var shown = mostActive(referrals, names);
		var drawn = cooperation.stream().filter(row -> shown.contains(row.businessId())).toList();
		var byPartner = new LinkedHashMap<String, Integer>();
		drawn.forEach(row -> byPartner.merge(row.provider(), row.referrals(), Integer::sum));
		var types = new HashMap<String, String>();
		byPartner.keySet().forEach(provider -> types.put(provider, partnerType.apply(provider)));
		var partners = byPartner.keySet()
			.stream()
			.sorted(Comparator.comparing((String provider) -> order(types.get(provider)))
				.thenComparing(provider -> provider.toLowerCase(Locale.ROOT)))
			.toList();
		var height = TOP * 2 + Math.max(1, Math.max(shown.size(), partners.size()) - 1) * ROW;
		var tasks = jobTasks.apply(shown);
		var companyNodes = new ArrayList<EcosystemPage.Node>();
		for (int i = 0; i < shown.size(); i++) {
			var id = shown.get(i);
			var open = tasks.getOrDefault(id, 0);
			companyNodes.add(new EcosystemPage.Node(names.get(id), "COMPANY", COMPANY_X, y(i, shown.size(), height),
					6 + Math.min(6, open), "/dashboard/companies/" + id, open, referrals.get(id)));
		}
		var partnerNodes = new ArrayList<EcosystemPage.Node>();
		for (int i = 0; i < partners.size(); i++) {
			var provider = partners.get(i);
			partnerNodes.add(new EcosystemPage.Node(provider, types.get(provider), PARTNER_X,
					y(i, partners.size(), height), 8, null, 0, byPartner.get(provider)));
		}
		return new EcosystemLayout(companyNodes, partnerNodes,
				links(drawn, companyNodes, partnerNodes, shown, partners), referrals.size(), height);
	}

	/**
	 * The companies with the most referrals, at most {@value #MAP_COMPANIES}, by name.
	 */
	private static List<String> mostActive(Map<String, Integer> referrals, Map<String, String> names) {
		return referrals.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(MAP_COMPANIES)
			.map(Map.Entry::getKey)
			.sorted(Comparator.comparing(id -> names.get(id).toLowerCase(Locale.ROOT)))
			.toList();
	}

	private static List<EcosystemPage.Link> links(List<Cooperation> drawn, List<EcosystemPage.Node> companies,
			List<EcosystemPage.Node> partners, List<String> shown, List<String> partnerNames) {
		var links = new ArrayList<EcosystemPage.Link>();
		for (var row : drawn) {
			var y1 = companies.get(shown.indexOf(row.businessId())).y();
			var y2 = partners.get(partnerNames.indexOf(row.provider())).y();
			var middle = (COMPANY_X + PARTNER_X) / 2;
			var path = "M " + COMPANY_X + " " + y1 + " C " + middle + " " + y1 + ", " + middle + " " + y2 + ", "
					+ PARTNER_X + " " + y2;
			var width = Math.min(8, 1.5 + 1.5 * (Math.log(row.referrals()) / Math.log(2)));
			links.add(new EcosystemPage.Link(path, row.kind(), row.referrals(),
					String.format(Locale.ROOT, "%.1f", width)));
		}
		return links;
	}

	private static int order(String type) {
		return switch (type) {
			case "SCHOOL" -> 0;
			case "CITY" -> 1;
			default -> 2;
		};
	}

	/** Spreads the nodes of a column evenly over the map's height. */
	static int y(int index, int count, int height) {
		if (count <= 1) {
			return height / 2;
		}
		return TOP + (int) Math.round(index * (height - 2.0 * TOP) / (count - 1));
	}

}
