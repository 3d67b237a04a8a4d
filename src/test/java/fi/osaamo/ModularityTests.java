package fi.osaamo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(Application.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void readmeModuleTableNamesEveryModule() throws Exception {
		var readme = Files.readString(Path.of("README.md"));
		modules.forEach(module -> assertThat(readme).as("README module table")
			.contains("| `" + module.getIdentifier() + "` |"));
		var table = readme.lines().filter(line -> line.matches("\\| `[a-z]+` \\|.*")).count();
		assertThat(table).as("rows in the README module table").isEqualTo(modules.stream().count());
	}

	@Test
	void readmeModuleTableListsEachModulesAllowedDependencies() throws Exception {
		var readme = Files.readString(Path.of("README.md"));
		modules.forEach(module -> {
			var row = readme.lines()
				.filter(line -> line.startsWith("| `" + module.getIdentifier() + "` |"))
				.findFirst()
				.orElseThrow();
			var listed = row.substring(row.lastIndexOf('|', row.length() - 2) + 1, row.length() - 1).strip();
			var allowed = allowedDependencies(module.getBasePackage().getName());
			assertThat(listed.equals("–") ? Set.<String>of()
					: Arrays.stream(listed.split(",")).map(name -> name.strip().replace("`", "")).collect(toSet()))
				.as("allowed dependencies of %s in the README", module.getIdentifier())
				.isEqualTo(allowed);
		});
	}

	@Test
	void privacyKnowsOnlyThePlatformAndTheIdentityVault() {
		var privacy = modules.getModuleByName("privacy").orElseThrow();
		assertThat(privacy.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getIdentifier))
			.extracting(Object::toString)
			.containsExactlyInAnyOrder("platform", "identity");
	}

	@Test
	void theCompanyRegistersTablesAreReadAndWrittenOnlyByCompanies() throws Exception {
		var root = Path.of("src/main/java/fi/osaamo");
		try (var files = Files.walk(root)) {
			for (var file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				var code = Files.readString(file);
				assertThat(code).as(file.toString()).doesNotContain("opendata.company", "opendata.financial_statement");
				if (!file.startsWith(root.resolve("companies"))) {
					assertThat(code).as(file.toString()).doesNotContain("companies.register_");
				}
			}
		}
	}

	private static Set<String> allowedDependencies(String basePackage) {
		try {
			var info = Class.forName(basePackage + ".package-info");
			return Set
				.of(info.getAnnotation(org.springframework.modulith.ApplicationModule.class).allowedDependencies());
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(basePackage + " has no package-info", ex);
		}
	}

	@Test
	void writesModuleDocumentation() {
		// Not writeDocumentation(): it also writes module metadata into target/classes,
		// which
		// the running application would then trust even after a module was added.
		new Documenter(modules).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases()
			.writeAggregatingDocument();
	}

}
