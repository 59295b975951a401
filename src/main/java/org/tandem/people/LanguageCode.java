package org.tandem.people;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A language a person speaks, as an ISO 639 code: {@code sv}, {@code fi}, {@code ar},
 * {@code so}, {@code fa}, {@code bs}, {@code en}, and the Sámi languages ({@code se},
 * {@code sma}, {@code smj}, ...), which ISO 639-1 alone does not cover.
 *
 * @param code the lower-case code
 */
public record LanguageCode(String code) {

	private static final Pattern SHAPE = Pattern.compile("[a-z]{2,3}");

	private static final Set<String> KNOWN = Set.of(Locale.getISOLanguages());

	/**
	 * Sámi languages, Meänkieli and Romani: Sweden's minority languages beyond ISO 639-1.
	 */
	private static final Set<String> MINORITY = Set.of("se", "sma", "smj", "sme", "smn", "sms", "sju", "sjd", "fit",
			"rom", "rmf");

	/**
	 * The languages offered first in forms: Swedish, the national minority languages, and
	 * the most spoken others.
	 */
	public static final java.util.List<String> COMMON = java.util.List.of("sv", "fi", "fit", "se", "sma", "smj", "rom",
			"yi", "en", "ar", "so", "fa", "ti", "ku", "bs", "sr", "hr", "pl", "es", "de", "tr", "ru", "uk", "th");

	public LanguageCode {
		code = code.strip().toLowerCase(Locale.ROOT);
		if (!SHAPE.matcher(code).matches() || !(KNOWN.contains(code) || MINORITY.contains(code))) {
			throw new IllegalArgumentException("Not an ISO 639 language code: " + code);
		}
	}

	public static boolean isValid(String code) {
		try {
			new LanguageCode(code);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** The language's name in {@code locale}, for example "arabiska" or "Arabic". */
	public String displayName(Locale locale) {
		String name = Locale.forLanguageTag(this.code).getDisplayLanguage(locale);
		return name.isEmpty() || name.equals(this.code) ? this.code : name;
	}

	@Override
	public String toString() {
		return this.code;
	}

}
