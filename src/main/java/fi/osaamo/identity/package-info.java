/**
 * The identity vault: persons' personal data (names, contact details, national identity
 * attributes from e-identification) and local credentials, in the {@code identity} schema
 * that only this module's connection pool (role {@code osaamo_vault}) can read. Every
 * other module knows a person only by an opaque {@link fi.osaamo.identity.PersonId} and a
 * generated pseudonym; who a pseudonym is can be learnt only here, and each such look-up
 * is logged.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
@org.jspecify.annotations.NullMarked
package fi.osaamo.identity;
