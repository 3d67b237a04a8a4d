/**
 * Job tasks of companies: posted by their HR specialists with the skills they require
 * (ESCO, minimum level, must-have or nice-to-have with a weight), an application period
 * and a start date, placed in a municipality, seen by the company's employees, who may
 * express interest.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "platform", "identity", "privacy", "organisation", "taxonomy", "classification" })
@org.jspecify.annotations.NullMarked
package fi.osaamo.jobs;
