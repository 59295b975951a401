package org.tandem.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user-facing text is in both languages: the bundles hold the same keys, every key
 * a template or the code names exists, and no template holds text of its own.
 */
class MessageBundlesTest {

	static final Path RESOURCES = Path.of("src/main/resources");

	static final Path SOURCES = Path.of("src/main/java");

	/** Attributes that people read or hear, which must come from the bundles. */
	static final Set<String> READABLE_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "value");

	/** Text that is the same in every language: punctuation, digits, symbols. */
	static final Pattern LANGUAGE_NEUTRAL = Pattern.compile("[\\p{P}\\p{S}\\p{N}\\s]*");

	/** A MessageFormat argument: {0}, {1,number,integer}. */
	static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

	static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	/**
	 * Message keys handed to a fragment as arguments: input('email', 'users.email', ...).
	 */
	static final Pattern FRAGMENT_KEY = Pattern.compile("'([a-z]+\\.[A-Za-z0-9_.]*[A-Za-z0-9_])'");

	/**
	 * String literals in Java that look like message keys ("users.notFound"); those whose
	 * first part is the first part of some bundle key are taken to be message keys.
	 */
	static final Pattern CODE_KEY = Pattern.compile("\"([a-z]+\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");

	@Test
	void swedishAndEnglishHaveTheSameKeys() throws IOException {
		List<Path> bundles = englishBundles();
		assertThat(bundles).isNotEmpty();
		for (Path english : bundles) {
			Path swedish = swedishOf(english);
			assertThat(swedish).as("Swedish bundle beside " + english).exists();
			Set<String> en = keys(english);
			Set<String> sv = keys(swedish);
			assertThat(difference(en, sv)).as("keys missing from " + swedish).isEmpty();
			assertThat(difference(sv, en)).as("keys missing from " + english).isEmpty();
		}
	}

	/**
	 * Spring runs a text through MessageFormat only when it is given arguments, so a text
	 * without placeholders is shown as written: a doubled apostrophe there reaches the
	 * user doubled ("Today''s list").
	 */
	@Test
	void aTextWithoutPlaceholdersHasNoDoubledApostrophe() throws IOException {
		List<String> doubled = new ArrayList<>();
		for (Path english : englishBundles()) {
			for (Path bundle : List.of(english, swedishOf(english))) {
				Properties properties = properties(bundle);
				for (String key : properties.stringPropertyNames()) {
					String text = properties.getProperty(key);
					if (!PLACEHOLDER.matcher(text).find() && text.contains("''")) {
						doubled.add(bundle.getFileName() + ": " + key);
					}
				}
			}
		}
		assertThat(doubled).isEmpty();
	}

	@Test
	void everyBundleIsConfiguredAndNoKeyIsDefinedTwice() throws IOException {
		String configuration = Files.readString(RESOURCES.resolve("application.yml"));
		Map<String, Path> owners = new TreeMap<>();
		for (Path english : englishBundles()) {
			String basename = RESOURCES.relativize(english).toString().replace('\\', '/').replace(".properties", "");
			assertThat(configuration).as("spring.messages.basename lists " + basename).contains(basename);
			for (String key : keys(english)) {
				Path earlier = owners.put(key, english);
				assertThat(earlier).as("key " + key + " defined in " + earlier + " and " + english).isNull();
			}
		}
	}

	@Test
	void everyKeyTheTemplatesAndCodeUseExists() throws IOException {
		Set<String> english = new TreeSet<>();
		for (Path bundle : englishBundles()) {
			english.addAll(keys(bundle));
		}
		Set<String> used = new TreeSet<>();
		for (Path file : files(RESOURCES.resolve("templates"), ".html")) {
			collect(TEMPLATE_KEY, Files.readString(file), used);
			collect(FRAGMENT_KEY, Files.readString(file), used);
		}
		Set<String> prefixes = new TreeSet<>();
		english.forEach((key) -> prefixes.add(key.substring(0, Math.max(0, key.indexOf('.')))));
		Set<String> literals = new TreeSet<>();
		for (Path file : files(SOURCES, ".java")) {
			collect(CODE_KEY, Files.readString(file), literals);
		}
		literals.stream().filter((key) -> prefixes.contains(key.substring(0, key.indexOf('.')))).forEach(used::add);
		for (Role role : Role.values()) {
			used.add("role." + role.name());
			used.add("start.role." + role.name());
		}
		assertThat(used).as("keys the templates and code use").hasSizeGreaterThan(50);
		// A key named in code may be the stem of a title/detail pair, as problem keys
		// are.
		Set<String> missing = new TreeSet<>(difference(used, english));
		missing.removeIf((key) -> english.contains(key + ".title") && english.contains(key + ".detail"));
		assertThat(missing).as("keys used but missing from the bundles").isEmpty();
	}

	@Test
	void templatesHoldNoTextOfTheirOwn() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path file : files(RESOURCES.resolve("templates"), ".html")) {
			literals.addAll(literalTexts(file));
		}
		assertThat(literals).as("literal text in templates (use th:text with a message key)").isEmpty();
	}

	static List<String> literalTexts(Path file) throws IOException {
		Document document = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
		List<String> found = new ArrayList<>();
		for (Element element : document.getAllElements()) {
			if (element.hasAttr("th:text") || element.hasAttr("th:utext") || element.tagName().equals("script")
					|| element.tagName().equals("style")) {
				continue;
			}
			for (TextNode text : element.textNodes()) {
				if (!LANGUAGE_NEUTRAL.matcher(text.text()).matches()) {
					found.add(file.getFileName() + ": <" + element.tagName() + "> " + text.text().strip());
				}
			}
			for (String attribute : READABLE_ATTRIBUTES) {
				String value = element.attr(attribute);
				boolean buttonValue = attribute.equals("value") && !element.attr("type").matches("submit|button|reset");
				if (!value.isEmpty() && !buttonValue && !LANGUAGE_NEUTRAL.matcher(value).matches()) {
					found.add(file.getFileName() + ": " + attribute + "=\"" + value + "\"");
				}
			}
		}
		return found;
	}

	/** messages.properties and every bundle under messages/, each with a _sv twin. */
	static List<Path> englishBundles() throws IOException {
		List<Path> bundles = new ArrayList<>();
		bundles.add(RESOURCES.resolve("messages.properties"));
		Path modules = RESOURCES.resolve("messages");
		if (Files.isDirectory(modules)) {
			bundles.addAll(files(modules, ".properties").stream()
				.filter((path) -> !path.getFileName().toString().endsWith("_sv.properties"))
				.toList());
		}
		return bundles;
	}

	static Path swedishOf(Path english) {
		return english.resolveSibling(english.getFileName().toString().replace(".properties", "_sv.properties"));
	}

	private static Set<String> keys(Path bundle) throws IOException {
		return new TreeSet<>(properties(bundle).stringPropertyNames());
	}

	private static Properties properties(Path bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(bundle)) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private static List<Path> files(Path root, String suffix) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter((path) -> path.toString().endsWith(suffix)).sorted().toList();
		}
	}

	private static void collect(Pattern pattern, String text, Set<String> into) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			into.add(matcher.group(1));
		}
	}

	private static Set<String> difference(Set<String> left, Set<String> right) {
		Set<String> result = new TreeSet<>(left);
		result.removeAll(right);
		return result;
	}

}
