/**
 * The import framework: settings, schedule, runs, locks and the run log.
 */
@NullMarked
package fi.osaamo.opendata.imports;

import org.jspecify.annotations.NullMarked;
