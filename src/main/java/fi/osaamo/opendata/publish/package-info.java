/**
 * The public open-data API: what it publishes, its keys, rate limits and change feed.
 */
@NullMarked
package fi.osaamo.opendata.publish;

import org.jspecify.annotations.NullMarked;
