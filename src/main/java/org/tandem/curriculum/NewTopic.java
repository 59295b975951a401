package org.tandem.curriculum;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an admin gives to add a topic to the catalogue. It goes last; move it with
 * {@link TopicChanges}.
 *
 * @param code a stable lower-case code, unique in the organisation: letters a-z, digits
 * and hyphens, for example {@code bankid} or {@code video-calls}
 * @param name the topic's name
 * @param description a sentence or two on what the topic is about
 */
public record NewTopic(String code, LocalizedText name, LocalizedText description) {

	/** Lower-case letters a-z, digits and hyphens, 1 to 40 characters. */
	public static final String CODE_PATTERN = "[a-z0-9][a-z0-9-]{0,39}";

	private static final Pattern CODE = Pattern.compile(CODE_PATTERN);

	public NewTopic {
		code = normalisedCode(code);
		if (!CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("A topic code is 1-40 lower-case letters, digits and hyphens: " + code);
		}
	}

	static String normalisedCode(String code) {
		return code.strip().toLowerCase(Locale.ROOT);
	}

}
