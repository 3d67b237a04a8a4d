package fi.osaamo.taxonomy;

import fi.osaamo.platform.Language;

/**
 * A text in the language asked for or, where the taxonomy lacks it, in English.
 *
 * @param text the text
 * @param language the language it is in
 * @param fallback whether it is English standing in for the language asked for
 */
public record LocalizedText(String text, Language language, boolean fallback) {
}
