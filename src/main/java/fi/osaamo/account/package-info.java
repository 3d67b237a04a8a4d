/**
 * Signing in: local accounts (Argon2id passwords, throttled after repeated failures) and
 * OpenID Connect through a configurable provider or broker (Suomi.fi e-Identification,
 * bank IDs), the signed-in principal with its roles, and the user's own profile page.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "platform", "identity", "privacy", "organisation", "taxonomy" })
@org.jspecify.annotations.NullMarked
package fi.osaamo.account;
