package fi.osaamo.dashboard;

/**
 * A member of several growth teams asked for a page of the team's records before choosing
 * which team they work in; {@link TeamController} sends them to choose.
 */
class ChooseTeamException extends RuntimeException {

	ChooseTeamException() {
		super("Choose the growth team first");
	}

}
