package org.tandem.notifications;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What a message about a session says: which session, when and where, with whom, and for
 * a change when it was before. Times are in the organisation's time zone and are written
 * out in the message's language.
 *
 * @param kind what happened: booked, coming up, changed or cancelled
 * @param title the session's title, e.g. "Tandem" or "BankID för nybörjare"
 * @param start when it starts
 * @param end when it ends, after the start
 * @param previousStart when it started before a change; required for a change, null
 * otherwise
 * @param place where it takes place
 * @param otherPeople the first names of the others taking part, for "with Amir"
 * @param organisationName who sends the message
 */
public record SessionNotice(MessageKind kind, String title, ZonedDateTime start, ZonedDateTime end,
		@Nullable ZonedDateTime previousStart, SessionPlace place, List<String> otherPeople, String organisationName) {

	/** Longest title a message takes; longer ones are cut. */
	public static final int MAX_TITLE = 120;

	public SessionNotice {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(place, "place");
		if (title.isBlank()) {
			throw new IllegalArgumentException("A session notice needs the session's title");
		}
		title = title.strip();
		if (title.length() > MAX_TITLE) {
			title = title.substring(0, MAX_TITLE - 1).strip() + "…";
		}
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("A session ends after it starts");
		}
		if ((kind == MessageKind.CHANGE) != (previousStart != null)) {
			throw new IllegalArgumentException("A change, and only a change, names the previous start");
		}
		otherPeople = otherPeople.stream().map(String::strip).filter((name) -> !name.isEmpty()).toList();
		if (organisationName.isBlank()) {
			throw new IllegalArgumentException("A session notice names the organisation that sends it");
		}
		organisationName = organisationName.strip();
	}

}
