/**
 * Instruction articles: written in Markdown by platform administrators for the whole
 * region or by an organisation's administrators for its members, in Finnish, Swedish and
 * English, sorted into categories, published as sanitised HTML (with tables, and images
 * uploaded with the article that only its readers get) and found by full-text search in
 * each language.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "platform", "identity", "privacy", "organisation" })
@org.jspecify.annotations.NullMarked
package fi.osaamo.content;
