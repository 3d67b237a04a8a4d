package fi.osaamo.opendata.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fi.osaamo.opendata.publish.CompetenceStatistics.Cell;
import fi.osaamo.platform.DisclosureControl;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open API's anonymised competence statistics, a page of a monthly release at a time.
 */
@RestController
@RequestMapping("/api/v1/open")
@Tag(name = OpenPages.TAG, description = OpenPages.TAG_DESCRIPTION)
class OpenStatisticsController {

	private final CompetenceStatistics statistics;

	OpenStatisticsController(CompetenceStatistics statistics) {
		this.statistics = statistics;
	}

	@GetMapping("/statistics/competences")
	@Operation(summary = "How many people hold each ESCO skill, per region (maakunta) and industry (TOL 2008 "
			+ "section of the employer). Only people who share their skills with their employer count. "
			+ "Released monthly and unchanged within the month (release); every count is randomly rounded "
			+ "to a multiple of 5 (unbiased, by cell key) and cells rounded to 0 are left out.")
	Map<String, Object> competences(@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String industry,
			@RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "100") int limit) {
		OpenPages.checkLimit(limit);
		var after = Cursor.decode(cursor);
		var release = statistics.current();
		var items = new ArrayList<Map<String, Object>>();
		for (var cell : release.cells()) {
			if (selected(cell, region, industry, after) && add(items, cell) > limit) {
				break;
			}
		}
		var page = OpenPages.page(items, limit, item -> (String) item.get("key"));
		page.put("release", release.month().toString());
		page.put("roundingBase", DisclosureControl.BASE);
		return page;
	}

	private static boolean selected(Cell cell, @Nullable String region, @Nullable String industry,
			@Nullable String after) {
		return (region == null || region.equals(cell.region()))
				&& (industry == null || industry.equals(cell.industry()))
				&& (after == null || key(cell).compareTo(after) > 0);
	}

	/** Adds the cell; says how many items there are now. */
	private static int add(List<Map<String, Object>> items, Cell cell) {
		var item = new LinkedHashMap<String, Object>();
		item.put("key", key(cell));
		item.put("region", cell.region());
		item.put("industry", cell.industry());
		item.put("skill", cell.skill());
		item.put("people", cell.people());
		items.add(item);
		return items.size();
	}

	private static String key(Cell cell) {
		return cell.region() + "|" + cell.industry() + "|" + cell.skill();
	}

}
