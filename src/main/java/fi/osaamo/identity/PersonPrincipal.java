package fi.osaamo.identity;

/**
 * A signed-in person as Spring Security's principal, whichever way they signed in.
 */
public interface PersonPrincipal {

	PersonId personId();

	String pseudonym();

}
