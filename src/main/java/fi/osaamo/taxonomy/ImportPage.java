package fi.osaamo.taxonomy;

import org.jspecify.annotations.Nullable;

/**
 * The page that takes in labels from official ESCO CSV files.
 *
 * @param concepts how many concepts the taxonomy holds
 * @param report the result of the last import
 * @param errorKey what was wrong with the last file
 */
public record ImportPage(long concepts, @Nullable ImportReport report, @Nullable String errorKey) {
}
