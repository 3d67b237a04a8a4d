package fi.osaamo;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(Application.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void readmeModuleTableNamesEveryModule() throws Exception {
		var readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
		modules.forEach(module -> assertThat(readme).as("README module table")
			.contains("| `" + module.getIdentifier() + "` |"));
		var table = readme.lines().filter(line -> line.matches("\\| `[a-z]+` \\|.*")).count();
		assertThat(table).as("rows in the README module table").isEqualTo(modules.stream().count());
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
