/**
 * The skills taxonomy: ESCO skills, skill groups and their hierarchy, occupations and
 * their essential and optional skills, with labels in Finnish, Swedish and English
 * (English where a language lacks one, marked as such), and ranked, typo-tolerant search
 * over them. "This service uses the ESCO classification of the European Commission."
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
@org.jspecify.annotations.NullMarked
package fi.osaamo.taxonomy;
