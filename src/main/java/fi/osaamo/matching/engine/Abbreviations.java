package fi.osaamo.matching.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Abbreviations and the names of common licences that job descriptions use for a skill
 * ({@code MIG}, {@code ATK}, {@code trukkikortti}), from
 * {@code matching/abbreviations.tsv}, plus the taxonomy's own labels written in capitals
 * ({@code SQL}, {@code PLC}). A term in capitals matches a word written exactly so, in
 * any language; another term matches every form of the word in its own languages.
 */
final class Abbreviations {

	static final String RESOURCE = "/matching/abbreviations.tsv";

	private static final int SHORTEST_ACRONYM = 3;

	private final Map<String, String> capitals = new HashMap<>();

	private final Map<String, List<PhraseIndex.Label>> terms = new HashMap<>();

	static Abbreviations bundled() {
		try (var stream = Abbreviations.class.getResourceAsStream(RESOURCE)) {
			if (stream == null) {
				throw new IllegalStateException("missing " + RESOURCE);
			}
			return read(stream);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Abbreviations read(InputStream stream) {
		var abbreviations = new Abbreviations();
		var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
		reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(abbreviations::add);
		return abbreviations;
	}

	private void add(String line) {
		var columns = line.split("\t");
		var term = columns[0].strip();
		var uri = columns[2].strip();
		if (isCapitals(term)) {
			capitals.put(term, uri);
		}
		else {
			addTerm(term, uri, columns[1].strip().split(" "));
		}
	}

	private void addTerm(String term, String uri, String[] languages) {
		for (var language : languages) {
			terms.computeIfAbsent(language, any -> new ArrayList<>())
				.add(new PhraseIndex.Label(uri, term, true, false));
		}
	}

	/** Adds a label of the taxonomy if it is an acronym. */
	void offer(String uri, String label) {
		if (label.length() >= SHORTEST_ACRONYM && isCapitals(label)) {
			capitals.putIfAbsent(label, uri);
		}
	}

	/** The terms of a language that are not in capitals, read as labels. */
	List<PhraseIndex.Label> terms(String language) {
		return terms.getOrDefault(language, List.of());
	}

	@Nullable String uri(Reading.Unit unit) {
		return capitals.get(unit.word().text());
	}

	private static boolean isCapitals(String term) {
		return term.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
				&& term.chars().anyMatch(Character::isLetter);
	}

}
