package fi.osaamo.privacy;

/**
 * A part of the My data page that a module contributes: a jte template of the module's
 * own, rendered with the parameters {@code shell} and {@code data}.
 *
 * @param id the part's anchor on the page, unique on it
 * @param heading the message key of the part's heading, for the page's table of contents
 * @param template the template's name, such as {@code competence/myDataSkills.jte}
 * @param data what the template shows
 */
public record MyDataPart(String id, String heading, String template, Object data) {
}
