package org.tandem;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.sql.DataSource;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape of the code: modules talk only through their APIs, only the tenancy gateway
 * touches JDBC, every endpoint says which roles may use it, and the README's module
 * diagram is the one the code has.
 */
class ModularityTest {

	static final ApplicationModules modules = ApplicationModules.of(TandemApplication.class);

	static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.tandem");

	@Test
	void modulesOnlyUseEachOthersPublicApi() {
		modules.verify();
	}

	@Test
	void onlyTheTenancyGatewayTouchesJdbc() {
		noClasses().that()
			.resideOutsideOfPackage("org.tandem.system")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(JdbcClient.class)
			.orShould()
			.dependOnClassesThat()
			.areAssignableTo(JdbcOperations.class)
			.orShould()
			.dependOnClassesThat()
			.areAssignableTo(NamedParameterJdbcOperations.class)
			.orShould()
			.dependOnClassesThat()
			.areAssignableTo(DataSource.class)
			.because("TenantJdbc is the one place that keeps organisations apart")
			.check(classes);
	}

	@Test
	void everyEndpointDeclaresWhoMayUseIt() throws ClassNotFoundException {
		List<String> unguarded = new ArrayList<>();
		for (var javaClass : classes) {
			Class<?> type = Class.forName(javaClass.getName());
			if (!AnnotatedElementUtils.hasAnnotation(type, Controller.class)) {
				continue;
			}
			boolean classGuarded = AnnotatedElementUtils.hasAnnotation(type, PreAuthorize.class);
			for (Method method : type.getDeclaredMethods()) {
				if (AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class) && !classGuarded
						&& !AnnotatedElementUtils.hasAnnotation(method, PreAuthorize.class)) {
					unguarded.add(type.getSimpleName() + "." + method.getName());
				}
			}
		}
		assertThat(unguarded).as("endpoints without @PreAuthorize").isEmpty();
	}

	@Test
	void readmeShowsTheModulesAsTheCodeHasThem() throws IOException {
		Path readme = Path.of("README.md");
		String text = Files.readString(readme, StandardCharsets.UTF_8);
		String begin = "<!-- modules:begin -->\n";
		String end = "<!-- modules:end -->";
		int from = text.indexOf(begin);
		int to = text.indexOf(end);
		assertThat(from).as("README has the module diagram markers").isGreaterThanOrEqualTo(0);
		String current = text.substring(from + begin.length(), to);
		String generated = mermaid();
		if (Boolean.getBoolean("tandem.docs.update")) {
			Files.writeString(readme, text.substring(0, from + begin.length()) + generated + text.substring(to),
					StandardCharsets.UTF_8);
			return;
		}
		assertThat(current).as("README module diagram; rerun with -Dtandem.docs.update=true to refresh")
			.isEqualTo(generated);
	}

	static String mermaid() {
		StringBuilder diagram = new StringBuilder("```mermaid\nflowchart LR\n");
		List<ApplicationModule> sorted = modules.stream()
			.sorted(Comparator.comparing(ApplicationModule::getDisplayName))
			.toList();
		for (ApplicationModule module : sorted) {
			diagram.append("  ").append(id(module)).append("[").append(module.getDisplayName()).append("]\n");
		}
		for (ApplicationModule module : sorted) {
			module.getDirectDependencies(modules)
				.uniqueModules()
				.sorted(Comparator.comparing(ApplicationModule::getDisplayName))
				.forEach((target) -> diagram.append("  ")
					.append(id(module))
					.append(" --> ")
					.append(id(target))
					.append("\n"));
		}
		return diagram.append("```\n").toString();
	}

	private static String id(ApplicationModule module) {
		return module.getIdentifier().toString().replaceAll("[^A-Za-z0-9]", "_");
	}

}
