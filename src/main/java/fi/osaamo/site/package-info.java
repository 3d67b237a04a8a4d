/**
 * The site as a whole: the front page (start or continue the competence mapping, job
 * tasks, the newest instruction articles and their categories) and the search over the
 * site's content (articles, job tasks and studies), each showing only what the visitor
 * may see.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "platform", "identity", "content", "competence", "jobs", "studies", "taxonomy" })
@org.jspecify.annotations.NullMarked
package fi.osaamo.site;
