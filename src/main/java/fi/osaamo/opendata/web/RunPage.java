package fi.osaamo.opendata.web;

import java.util.List;

import fi.osaamo.opendata.imports.ImportRun;

/**
 * One run: its progress and counts, and the records it turned down.
 *
 * @param run the run
 * @param rejections a page of rejected records
 * @param page which page
 * @param pages how many pages
 */
public record RunPage(ImportRun run, List<ImportRun.Rejection> rejections, int page, int pages) {
}
