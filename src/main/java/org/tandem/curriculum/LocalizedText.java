package org.tandem.curriculum;

import java.util.Locale;
import java.util.Objects;

/**
 * A text that the curriculum holds in both of Tandem's languages, so that a Swedish
 * coordinator and an English-speaking mentor read the same step in their own language.
 *
 * @param sv the Swedish text
 * @param en the English text
 */
public record LocalizedText(String sv, String en) {

	public LocalizedText {
		Objects.requireNonNull(sv, "sv");
		Objects.requireNonNull(en, "en");
		sv = sv.strip();
		en = en.strip();
		if (sv.isEmpty() || en.isEmpty()) {
			throw new IllegalArgumentException("A curriculum text needs both Swedish and English");
		}
	}

	/** The text in {@code locale}'s language: Swedish for Swedish, English otherwise. */
	public String in(Locale locale) {
		return "sv".equals(locale.getLanguage()) ? this.sv : this.en;
	}

}
