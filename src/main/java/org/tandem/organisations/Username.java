package org.tandem.organisations;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A login name: 3 to 64 characters, letters, digits, dot, dash, underscore and {@code @},
 * compared without regard to case. Unique across all organisations, because a login
 * happens before anyone knows which organisation the user belongs to.
 *
 * @param value the name, in lower case
 */
public record Username(String value) {

	/** The rule as a Bean Validation pattern, for forms and API requests. */
	public static final String PATTERN = "[A-Za-z0-9._@-]{3,64}";

	private static final Pattern VALID = Pattern.compile(PATTERN);

	public Username {
		if (!VALID.matcher(value).matches()) {
			throw new IllegalArgumentException("A username has 3 to 64 letters, digits or . _ @ -");
		}
		value = value.toLowerCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
