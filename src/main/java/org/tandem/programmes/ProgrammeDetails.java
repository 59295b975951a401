package org.tandem.programmes;

import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What a coordinator gives to create a programme or to change one.
 *
 * @param name the name, unique in the organisation regardless of letter case
 * @param description what the programme is about, optional
 * @param term the dates it runs
 * @param sessionMinutes the usual length of a session, 15 to 480 minutes
 */
public record ProgrammeDetails(String name, @Nullable String description, Term term, int sessionMinutes) {

	public static final int MIN_SESSION_MINUTES = 15;

	public static final int MAX_SESSION_MINUTES = 480;

	public static final int DEFAULT_SESSION_MINUTES = 60;

	public ProgrammeDetails {
		Objects.requireNonNull(term, "term");
		name = name.strip();
		if (name.isEmpty()) {
			throw new IllegalArgumentException("A programme needs a name");
		}
		description = (description == null || description.isBlank()) ? null : description.strip();
		if (sessionMinutes < MIN_SESSION_MINUTES || sessionMinutes > MAX_SESSION_MINUTES) {
			throw new SessionLengthOutOfRange(sessionMinutes);
		}
	}

	/** The name as the organisation's names are compared: without regard to case. */
	String nameKey() {
		return key(this.name);
	}

	static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

}
