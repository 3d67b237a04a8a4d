/**
 * One adapter per national source, each reading its format into the modules' records.
 */
@NullMarked
package fi.osaamo.opendata.sources;

import org.jspecify.annotations.NullMarked;
