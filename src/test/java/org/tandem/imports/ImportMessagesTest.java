package org.tandem.imports;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule an import can report has a message in both languages, and so has every field
 * a column can fill, every column a file can miss, and every text the pages word
 * differently for mentors, seniors and venues. Rule names are the PascalCase string
 * literals of the module.
 */
class ImportMessagesTest {

	static final Pattern RULE_NAME = Pattern.compile("\"([A-Z][a-z]+(?:[A-Z][a-z0-9]*)+)\"");

	@ParameterizedTest
	@ValueSource(strings = { "messages/imports.properties", "messages/imports_sv.properties" })
	void everyRuleAndFieldHasAMessage(String bundle) throws IOException {
		Properties messages = new Properties();
		try (var in = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources", bundle)),
				StandardCharsets.UTF_8)) {
			messages.load(in);
		}
		Set<String> rules = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/tandem/imports"))) {
			for (Path source : sources.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = RULE_NAME.matcher(Files.readString(source));
				while (matcher.find()) {
					rules.add(matcher.group(1));
				}
			}
		}
		rules.remove("NameRequired");
		assertThat(rules).contains("YearOfBirthUnreadable", "NoKnownColumns", "RowsHaveErrors", "KindRequired",
				"VenueKindUnknown", "DegreesUnreadable", "FieldNotForKind");
		assertThat(rules).allSatisfy((rule) -> assertThat(
				messages.containsKey("imports.rule." + rule) || messages.containsKey("imports.refused." + rule))
			.as("message for rule " + rule + " in " + bundle)
			.isTrue());
		for (ImportField field : ImportField.values()) {
			assertThat(messages).containsKey("imports.field." + field.name());
		}
		for (ImportKind kind : ImportKind.values()) {
			assertThat(messages).containsKey("imports.kind." + kind.name());
			for (ImportField field : kind.required()) {
				assertThat(messages).containsKey("imports.missing." + field.name());
			}
		}
		for (String missing : new String[] { "CONTACT", "ADDRESS", "VENUE_ADDRESS", "COORDINATES", "ROOM_CAPACITY" }) {
			assertThat(messages).containsKey("imports.missing." + missing);
		}
		for (String group : new String[] { "mentors", "seniors", "venues" }) {
			for (String text : new String[] { "committed", "committed.duplicates", "committed.nothingNew",
					"committed.see", "progress.text", "preview.toImport", "preview.duplicates", "commit.intro",
					"commit" }) {
				assertThat(messages).containsKey("imports." + text + "." + group);
			}
		}
		assertThat(messages).containsKey("imports.defaultRoom");
	}

}
