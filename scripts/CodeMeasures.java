import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures the main code the way issue 15 compares it with the Spring projects we follow:
 * class and method sizes in code lines, beans' collaborators and each module's public
 * surface.
 *
 * <p>
 * Run from the project's root with a JDK, no build needed:
 * {@code java scripts/CodeMeasures.java [--check]}. With {@code --check} it exits with 1
 * when a figure is past the limits the issue sets.
 *
 * <p>
 * Code lines are the lines that are neither blank nor comments, without the package and
 * import statements. A method's size runs from its declaration to its closing brace.
 * Collaborators are the parameters of a Spring bean's constructor.
 */
class CodeMeasures {

	static final int CLASS_P90 = 80;

	static final int CLASS_MAX = 200;

	static final int METHOD_P90 = 12;

	static final int METHOD_MAX = 40;

	static final int COLLABORATORS_MAX = 7;

	/** Data-only classes (seed data written as code) that the limits do not apply to. */
	static final Set<String> EXEMPT = Set.of("fi.osaamo.demo.DemoRegion");

	static final Pattern TYPE = Pattern
		.compile("^\\s*(?:(?:public|protected|private|static|final|abstract|sealed|non-sealed)\\s+)*"
				+ "(?:class|record|interface|enum|@interface)\\s+(\\w+)");

	static final Pattern METHOD = Pattern.compile("^\\s*(?:@\\w+(?:\\([^)]*\\))?\\s+)*"
			+ "(?:(?:public|protected|private|static|final|abstract|synchronized|default)\\s+)*"
			+ "(?:<[^>]+>\\s+)?(?:[\\w.<>\\[\\]?, @]+\\s+)?(\\w+)\\s*\\(");

	/** A continuation line of a field's initialiser, such as {@code new Service(…),}. */
	static final Pattern CONSTRUCTION = Pattern.compile("^\\s*new\\s");

	static final Set<String> NOT_METHODS = Set.of("if", "for", "while", "switch", "catch", "try", "synchronized",
			"return", "new", "else", "do", "throw", "case");

	static final Pattern BEAN = Pattern.compile("@(Component|Service|Controller|RestController|Repository|Configuration)\\b");

	record Measured(String type, int lines) {
	}

	public static void main(String[] args) throws IOException {
		var root = Path.of("src/main/java");
		var classes = new ArrayList<Measured>();
		var methods = new ArrayList<Measured>();
		var beans = new ArrayList<Measured>();
		var surfaces = new TreeMap<String, int[]>();
		try (Stream<Path> files = Files.walk(root)) {
			for (var file : files.filter(path -> path.toString().endsWith(".java"))
				.filter(path -> !path.getFileName().toString().equals("package-info.java"))
				.sorted()
				.toList()) {
				var name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
				var code = code(Files.readAllLines(file));
				if (!EXEMPT.contains(name)) {
					classes.add(new Measured(name, code.size()));
					methods.addAll(methods(name, code));
				}
				collaborators(name, code, file).ifPresent(beans::add);
				surface(root.relativize(file), code, surfaces);
			}
		}
		var failures = new ArrayList<String>();
		report("class size (code lines)", classes, CLASS_P90, CLASS_MAX, failures);
		report("method size (code lines)", methods, METHOD_P90, METHOD_MAX, failures);
		System.out.printf("methods over 25 lines: %d%n", methods.stream().filter(m -> m.lines() > 25).count());
		var heavy = beans.stream().filter(bean -> bean.lines() > COLLABORATORS_MAX).toList();
		System.out.printf("beans with more than %d collaborators: %d%s%n", COLLABORATORS_MAX, heavy.size(),
				heavy.isEmpty() ? "" : " " + top(heavy, 20));
		if (!heavy.isEmpty()) {
			failures.add("beans with more than " + COLLABORATORS_MAX + " collaborators");
		}
		System.out.println("public types at a module's root / all types there:");
		surfaces.forEach((module, counts) -> System.out.printf("  %-15s %3d / %3d%n", module, counts[0], counts[1]));
		if (args.length > 0 && args[0].equals("--check") && !failures.isEmpty()) {
			System.out.println("past the limits: " + String.join("; ", failures));
			System.exit(1);
		}
	}

	/** The code lines of a file: no blank lines, comments, package or import statements. */
	static List<String> code(List<String> lines) {
		var code = new ArrayList<String>();
		var inComment = false;
		for (var raw : lines) {
			var line = raw.strip();
			if (inComment) {
				if (line.contains("*/")) {
					inComment = false;
					line = line.substring(line.indexOf("*/") + 2).strip();
				}
				else {
					continue;
				}
			}
			if (line.startsWith("/*")) {
				if (!line.contains("*/")) {
					inComment = true;
					continue;
				}
				line = line.substring(line.indexOf("*/") + 2).strip();
			}
			if (line.isEmpty() || line.startsWith("//") || line.startsWith("package ") || line.startsWith("import ")) {
				continue;
			}
			code.add(raw);
		}
		return code;
	}

	/** The methods and constructors declared directly in a type's body, with their sizes. */
	static List<Measured> methods(String file, List<String> code) {
		var found = new ArrayList<Measured>();
		var depth = 0;
		var typeDepths = new ArrayList<Integer>();
		String method = null;
		var methodDepth = 0;
		var start = 0;
		var lines = withoutTextBlocks(code);
		for (int i = 0; i < lines.size(); i++) {
			var line = stripStrings(lines.get(i));
			var atTypeBody = !typeDepths.isEmpty() && depth == typeDepths.get(typeDepths.size() - 1);
			var type = TYPE.matcher(line);
			if (method == null && type.find() && line.contains("{")) {
				typeDepths.add(depth + 1);
			}
			else if (method == null && atTypeBody) {
				var candidate = METHOD.matcher(line);
				if (candidate.find() && !NOT_METHODS.contains(candidate.group(1))
						&& !line.substring(0, candidate.end()).contains("=")
						&& !line.strip().endsWith(";") && !CONSTRUCTION.matcher(line).find()) {
					method = file + "#" + candidate.group(1);
					methodDepth = depth;
					start = i;
				}
			}
			for (var c : line.toCharArray()) {
				if (c == '{') {
					depth++;
				}
				else if (c == '}') {
					depth--;
					if (!typeDepths.isEmpty() && depth < typeDepths.get(typeDepths.size() - 1)) {
						typeDepths.remove(typeDepths.size() - 1);
					}
				}
			}
			if (method != null && depth == methodDepth && (line.contains("}") || line.strip().endsWith(";"))
					&& i >= start && lines.subList(start, i + 1).stream().anyMatch(l -> l.contains("{"))) {
				found.add(new Measured(method, i - start + 1));
				method = null;
			}
		}
		return found;
	}

	/** The number of constructor parameters of a Spring bean, if the file declares one. */
	static Optional<Measured> collaborators(String name, List<String> code, Path file) {
		var text = String.join("\n", code);
		if (!BEAN.matcher(text).find()) {
			return Optional.empty();
		}
		var simple = file.getFileName().toString().replace(".java", "");
		var constructor = Pattern.compile("\\n\\s*(?:public\\s+|protected\\s+)?" + simple + "\\s*\\(").matcher(text);
		if (!constructor.find()) {
			return Optional.of(new Measured(name, 0));
		}
		// Counts the commas outside brackets, parentheses (annotations' arguments) and quotes.
		var depth = 0;
		var count = 0;
		var any = false;
		var quoted = false;
		for (int i = constructor.end(); i < text.length(); i++) {
			var c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (quoted) {
				continue;
			}
			else if (c == '(' || c == '<') {
				depth++;
			}
			else if ((c == ')' || c == '>') && depth > 0) {
				depth--;
			}
			else if (c == ')') {
				break;
			}
			else if (c == ',' && depth == 0) {
				count++;
			}
			if (!Character.isWhitespace(c)) {
				any = true;
			}
		}
		count = any ? count + 1 : 0;
		return Optional.of(new Measured(name, count));
	}

	/** Counts the public types and all types at the root package of each module. */
	static void surface(Path relative, List<String> code, Map<String, int[]> surfaces) {
		if (relative.getNameCount() != 4) {
			return;
		}
		var counts = surfaces.computeIfAbsent(relative.getName(2).toString(), module -> new int[2]);
		counts[1]++;
		if (code.stream().anyMatch(line -> line.matches("^public\\s+(final\\s+|abstract\\s+|sealed\\s+)*"
				+ "(class|record|interface|enum|@interface)\\s.*"))) {
			counts[0]++;
		}
	}

	static void report(String what, List<Measured> measured, int p90Limit, int maxLimit, List<String> failures) {
		var sizes = measured.stream().mapToInt(Measured::lines).sorted().toArray();
		if (sizes.length == 0) {
			return;
		}
		var median = sizes[sizes.length / 2];
		var p90 = sizes[(int) Math.ceil(sizes.length * 0.9) - 1];
		var max = sizes[sizes.length - 1];
		System.out.printf("%s median / p90 / max: %d / %d / %d (limits p90 %d, max %d); largest: %s%n", what, median,
				p90, max, p90Limit, maxLimit, top(measured, 5));
		if (p90 > p90Limit || max > maxLimit) {
			failures.add(what);
		}
	}

	static String top(List<Measured> measured, int n) {
		return measured.stream()
			.sorted(Comparator.comparingInt(Measured::lines).reversed())
			.limit(n)
			.map(m -> m.type().replace("fi.osaamo.", "") + " " + m.lines())
			.reduce((a, b) -> a + ", " + b)
			.orElse("");
	}

	/** A line with its string and character literals emptied, so their braces do not count. */
	/**
	 * The lines with the contents of text blocks left out, so that SQL or JSON in a text block
	 * is neither taken for a declaration nor counted for its braces; the lines still count.
	 */
	static List<String> withoutTextBlocks(List<String> code) {
		var result = new ArrayList<String>();
		var inBlock = false;
		for (var line : code) {
			var kept = new StringBuilder();
			var parts = line.split("\"\"\"", -1);
			for (int p = 0; p < parts.length; p++) {
				if (p > 0) {
					kept.append('"');
					inBlock = !inBlock;
				}
				if (!inBlock) {
					kept.append(parts[p]);
				}
			}
			result.add(kept.toString());
		}
		return result;
	}

	static String stripStrings(String line) {
		return line.replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"").replaceAll("'(?:\\\\.|[^'\\\\])'", "''");
	}

}
