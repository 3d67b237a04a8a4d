package fi.osaamo.classification;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fi.osaamo.platform.Language;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * Looks up and lists the codes of Finnish classifications in a language.
 */
@Service
public class ClassificationManagement {

	private final Map<String, CSVRecord> municipalities = read("municipalities_2025");

	private final Map<String, CSVRecord> regions = read("regions_2025");

	private final Map<String, CSVRecord> industries = read("tol2008_sections_divisions");

	private final Map<String, CSVRecord> educationFields = read("education_fields_2016");

	/**
	 * A municipality by its three-digit code.
	 * @param code the code, such as {@code 092}
	 * @param language the language of the name
	 * @return the municipality, with its region as parent
	 */
	public Optional<ClassificationCode> municipality(@Nullable String code, Language language) {
		return Optional.ofNullable(code == null ? null : municipalities.get(code))
			.map(row -> new ClassificationCode(row.get("code"), name(row, language), row.get("regionCode"), 2));
	}

	public List<ClassificationCode> municipalities(Language language) {
		return sorted(municipalities.values()
			.stream()
			.map(row -> new ClassificationCode(row.get("code"), name(row, language), row.get("regionCode"), 2))
			.toList(), language);
	}

	public Optional<ClassificationCode> region(@Nullable String code, Language language) {
		return Optional.ofNullable(code == null ? null : regions.get(code))
			.map(row -> new ClassificationCode(row.get("code"), name(row, language), null, 1));
	}

	/**
	 * An industry by its TOL 2008 code: a section letter, a two-digit division, or a
	 * longer code, which is named by its division.
	 * @param code the code
	 * @param language the language of the name
	 * @return the industry
	 */
	public Optional<ClassificationCode> industry(@Nullable String code, Language language) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		var key = code.length() > 2 && Character.isDigit(code.charAt(0)) ? code.substring(0, 2) : code;
		return Optional.ofNullable(industries.get(key)).map(row -> hierarchical(row, language));
	}

	/**
	 * TOL 2008 sections and, after each, its divisions.
	 * @param language the language of the names
	 * @return the codes in classification order
	 */
	public List<ClassificationCode> industries(Language language) {
		return industries.values().stream().map(row -> hierarchical(row, language)).toList();
	}

	public Optional<ClassificationCode> educationField(@Nullable String code, Language language) {
		return Optional.ofNullable(code == null ? null : educationFields.get(code))
			.map(row -> hierarchical(row, language));
	}

	private static ClassificationCode hierarchical(CSVRecord row, Language language) {
		var parent = row.get("parentCode");
		return new ClassificationCode(row.get("code"), name(row, language), parent.isEmpty() ? null : parent,
				Integer.parseInt(row.get("level")));
	}

	private static String name(CSVRecord row, Language language) {
		var name = row.get("name_" + language.code());
		return name.isBlank() ? row.get("name_fi") : name;
	}

	private static List<ClassificationCode> sorted(List<ClassificationCode> codes, Language language) {
		var collator = Collator.getInstance(language.locale());
		var list = new ArrayList<>(codes);
		list.sort(Comparator.comparing(ClassificationCode::name, collator));
		return List.copyOf(list);
	}

	private static Map<String, CSVRecord> read(String name) {
		var resource = new ClassPathResource("classification/fi/" + name + ".csv");
		try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8);
				var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
			var rows = new LinkedHashMap<String, CSVRecord>();
			parser.forEach(row -> rows.put(row.get("code"), row));
			return Collections.unmodifiableMap(rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the classification " + name, ex);
		}
	}

}
