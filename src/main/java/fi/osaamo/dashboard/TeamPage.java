package fi.osaamo.dashboard;

import java.util.List;

/**
 * The choice of the growth team to work in.
 *
 * @param teams the teams the member belongs to
 * @param next where to go after choosing
 */
public record TeamPage(List<Choice> teams, String next) {

	/**
	 * A team to choose.
	 *
	 * @param id the city organisation's id
	 * @param name its name
	 * @param current whether it is the team chosen now
	 */
	public record Choice(String id, String name, boolean current) {
	}

}
