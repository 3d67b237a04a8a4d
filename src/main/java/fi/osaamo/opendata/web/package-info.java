/**
 * The administrators' pages of open data: sources, runs, uploads and API keys.
 */
@NullMarked
package fi.osaamo.opendata.web;

import org.jspecify.annotations.NullMarked;
