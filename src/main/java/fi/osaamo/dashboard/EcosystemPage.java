package fi.osaamo.dashboard;

import java.util.List;
import java.util.Locale;

import fi.osaamo.companies.Cooperation;
import fi.osaamo.companies.ServiceKind;
import org.jspecify.annotations.Nullable;

/**
 * The region's actors and their cooperation as a map: companies on the left, the schools,
 * city services and other providers they work with on the right, a line for each
 * cooperation (its width growing with the number of referrals), and every link also as a
 * table row.
 *
 * @param teamName the team, or {@code null} for a user outside every growth team
 * @param months the period, in months back from today
 * @param kind the kind of service shown, or {@code null} for all
 * @param companies the companies on the map
 * @param partners the providers on the map
 * @param links the lines between them
 * @param cooperation every cooperation of the period, for the table
 * @param companiesInAll how many companies cooperated in the period
 * @param height the map's height in SVG units
 * @param errorKey what was wrong with the filters
 * @param errorArguments the message's arguments
 */
public record EcosystemPage(@Nullable String teamName, int months, @Nullable ServiceKind kind, List<Node> companies,
		List<Node> partners, List<Link> links, List<Cooperation> cooperation, int companiesInAll, int height,
		@Nullable String errorKey, Object[] errorArguments) {

	/** The map's width in SVG units. */
	public static final int WIDTH = 800;

	public static final int[] PERIODS = { 3, 6, 12, 24, 36 };

	public int width() {
		return WIDTH;
	}

	public int[] periods() {
		return PERIODS;
	}

	public ServiceKind[] kinds() {
		return ServiceKind.values();
	}

	public boolean truncated() {
		return companies.size() < companiesInAll;
	}

	/**
	 * An actor on the map.
	 *
	 * @param label its name
	 * @param type COMPANY, SCHOOL, CITY or PROVIDER
	 * @param x where its circle is
	 * @param y where its circle is
	 * @param radius the circle's radius
	 * @param href its page, if it has one
	 * @param jobTasks its open job tasks in Osaamo (companies)
	 * @param referrals how many referrals it took part in
	 */
	public record Node(String label, String type, int x, int y, int radius, @Nullable String href, int jobTasks,
			int referrals) {

		/**
		 * The label as drawn: long names are shortened, the whole name being in the
		 * tooltip.
		 * @return the label
		 */
		public String shortLabel() {
			return label.length() > 38 ? label.substring(0, 37) + "…" : label;
		}

		public String cssClass() {
			return "eco-node eco-node--" + type.toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * A line between a company and a provider.
	 *
	 * @param path the SVG path
	 * @param kind the kind of service
	 * @param referrals how many referrals it stands for
	 * @param strokeWidth its width
	 */
	public record Link(String path, ServiceKind kind, int referrals, String strokeWidth) {

		public String cssClass() {
			return "eco-link eco-link--" + kind.name().toLowerCase(Locale.ROOT);
		}

	}

}
