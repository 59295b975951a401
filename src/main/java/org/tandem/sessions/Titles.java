package org.tandem.sessions;

import org.jspecify.annotations.Nullable;

/** What a session's title may be: up to 200 characters, surrounding spaces dropped. */
final class Titles {

	static final int MAX = 200;

	private Titles() {
	}

	static @Nullable String optional(@Nullable String title) {
		if (title == null || title.isBlank()) {
			return null;
		}
		return required(title);
	}

	static String required(@Nullable String title) {
		String given = (title != null) ? title.strip() : "";
		if (given.isEmpty()) {
			throw new SessionRefused("title", "TitleRequired");
		}
		if (given.length() > MAX) {
			throw new SessionRefused("title", "TitleTooLong", MAX);
		}
		return given;
	}

}
