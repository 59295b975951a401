package org.tandem.notifications;

/**
 * How many SMS segments a text takes. A text written only in the GSM 03.38 alphabet
 * (which has å, ä, ö, é and ü, but not the dash "–" or curly quotes) has 7 bits a
 * character: 160 in one segment, 153 in each of several; the characters of its extension
 * table count twice. Any other character makes the whole text UCS-2: 70 characters in one
 * segment, 67 in each of several.
 */
final class SmsLength {

	/** Longest a Tandem text message may be. */
	static final int MAX_SEGMENTS = 2;

	private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	private static final String GSM_EXTENSION = "\f^{}\\[~]|€";

	private SmsLength() {
	}

	static int segments(String text) {
		int septets = septets(text);
		if (septets >= 0) {
			return (septets <= 160) ? 1 : (septets + 152) / 153;
		}
		int units = text.length();
		return (units <= 70) ? 1 : (units + 66) / 67;
	}

	/**
	 * Whether the text is written only in the GSM 03.38 alphabet (7 bits a character).
	 */
	static boolean gsm(String text) {
		return septets(text) >= 0;
	}

	/** The text cut, with an ellipsis where it was cut, to fit in this many segments. */
	static String cut(String text, int maxSegments) {
		if (segments(text) <= maxSegments) {
			return text;
		}
		for (int end = text.length() - 1; end > 0; end--) {
			if (Character.isLowSurrogate(text.charAt(end))) {
				continue;
			}
			String stem = text.substring(0, end).stripTrailing();
			// "…" is not in the GSM alphabet: a GSM text ends in "..." instead.
			String candidate = stem + ((septets(stem) >= 0) ? "..." : "…");
			if (segments(candidate) <= maxSegments) {
				return candidate;
			}
		}
		return "";
	}

	/** The text's length in GSM 7-bit characters, or -1 if it needs UCS-2. */
	private static int septets(String text) {
		int septets = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (GSM_BASIC.indexOf(c) >= 0) {
				septets++;
			}
			else if (GSM_EXTENSION.indexOf(c) >= 0) {
				septets += 2;
			}
			else {
				return -1;
			}
		}
		return septets;
	}

}
