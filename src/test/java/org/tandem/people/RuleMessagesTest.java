package org.tandem.people;

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
 * Every rule the people module can break has a message in both languages. Rule names are
 * the PascalCase string literals of the module (for example "NoHomeVisitsForMinors").
 */
class RuleMessagesTest {

	static final Pattern RULE_NAME = Pattern.compile("\"([A-Z][a-z]+(?:[A-Z][a-z0-9]*)+)\"");

	@ParameterizedTest
	@ValueSource(strings = { "messages/people.properties", "messages/people_sv.properties" })
	void everyRuleHasAMessage(String bundle) throws IOException {
		Properties messages = new Properties();
		try (var in = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources", bundle)),
				StandardCharsets.UTF_8)) {
			messages.load(in);
		}
		Set<String> rules = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/tandem/people"))) {
			for (Path source : sources.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = RULE_NAME.matcher(Files.readString(source));
				while (matcher.find()) {
					rules.add(matcher.group(1));
				}
			}
		}
		assertThat(rules).contains("NoHomeVisitsForMinors", "GuardianConsentRequired", "ChannelNeedsPhone");
		assertThat(rules).allSatisfy((rule) -> assertThat(
				messages.containsKey("people.rule." + rule) || messages.containsKey("people.safeguarding." + rule))
			.as("message for rule " + rule + " in " + bundle)
			.isTrue());
	}

}
