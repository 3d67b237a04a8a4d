package fi.osaamo.taxonomy;

import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/**
 * Reads the bundled ESCO files (skills, skill groups, occupations and their relations)
 * into the tables to copy.
 */
final class EscoFiles {

	private EscoFiles() {
	}

	static EscoTables read() {
		var tables = new EscoTables();
		readSkills(tables);
		readSkillGroups(tables);
		readOccupations(tables);
		readRelations(tables);
		return tables;
	}

	private static void readSkills(EscoTables tables) {
		var finnishAndSwedish = new HashMap<String, CSVRecord>();
		EscoDataset.read("skill_labels_fi_sv", row -> finnishAndSwedish.put(row.get("uri"), row));
		EscoDataset.read("skills", row -> skill(tables, row, finnishAndSwedish));
	}

	private static void skill(EscoTables tables, CSVRecord row, Map<String, CSVRecord> finnishAndSwedish) {
		var uri = row.get("conceptUri");
		var kind = "knowledge".equals(row.get("skillType")) ? ConceptKind.KNOWLEDGE : ConceptKind.SKILL;
		var id = tables.concept(uri, kind, row.get("reuseLevel"), null);
		tables.labels(id, "en", row.get("preferredLabel_en"), row.get("altLabels_en"), "\\|");
		tables.description(id, "en", row.get("description_en"));
		var extra = finnishAndSwedish.get(uri);
		if (extra != null) {
			tables.labels(id, "fi", extra.get("label_fi"), extra.get("alt_labels_fi"), " \\| ");
			tables.labels(id, "sv", extra.get("label_sv"), extra.get("alt_labels_sv"), " \\| ");
		}
	}

	private static void readSkillGroups(EscoTables tables) {
		EscoDataset.read("skill_groups", row -> {
			var id = tables.concept(row.get("conceptUri"), ConceptKind.SKILL_GROUP, null, row.get("code"));
			tables.labels(id, "en", row.get("preferredLabel_en"), row.get("altLabels_en"), "\\|");
			tables.description(id, "en", row.get("description_en"));
		});
	}

	private static void readOccupations(EscoTables tables) {
		var swedish = new HashMap<String, CSVRecord>();
		EscoDataset.read("occupation_labels_sv", row -> swedish.put(row.get("uri"), row));
		EscoDataset.read("occupations", row -> occupation(tables, row, swedish));
	}

	private static void occupation(EscoTables tables, CSVRecord row, Map<String, CSVRecord> swedish) {
		var uri = row.get("conceptUri");
		var id = tables.concept(uri, ConceptKind.OCCUPATION, null, row.get("code"));
		tables.labels(id, "en", row.get("preferredLabel_en"), row.get("altLabels_en"), "\\|");
		tables.labels(id, "fi", row.get("preferredLabel_fi"), row.get("altLabels_fi"), "\\|");
		tables.description(id, "en", row.get("description_en"));
		tables.description(id, "fi", row.get("description_fi"));
		var sv = swedish.get(uri);
		if (sv != null) {
			tables.labels(id, "sv", sv.get("label_sv"), sv.get("alt_labels_sv"), " \\| ");
		}
	}

	private static void readRelations(EscoTables tables) {
		EscoDataset.read("skill_broader_relations",
				row -> tables.pair(tables.broader, row.get("conceptUri"), row.get("broaderUri"), null));
		EscoDataset.read("occupation_skill_relations", row -> tables.pair(tables.occupationSkills,
				row.get("occupationUri"), row.get("skillUri"), "essential".equals(row.get("relationType"))));
		EscoDataset.read("skill_skill_relations", row -> tables.pair(tables.skillRelations, row.get("originalSkillUri"),
				row.get("relatedSkillUri"), "essential".equals(row.get("relationType"))));
		EscoDataset.read("skill_collections", row -> collection(tables, row));
	}

	private static void collection(EscoTables tables, CSVRecord row) {
		var id = tables.ids.get(row.get("conceptUri"));
		if (id != null) {
			tables.print(tables.collections, id, row.get("collection"));
		}
	}

}
