package org.tandem.programmes.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.programmes.Programme;

/**
 * A programme as the API answers it: the same fields a client sends, plus the id.
 *
 * @param id the programme's id
 * @param name its name
 * @param description what it is about, or {@code null}
 * @param termStart the first day of the term
 * @param termEnd the last day of the term
 * @param sessionMinutes the usual length of a session
 * @param version the version to name in an edit
 */
record ProgrammeJson(UUID id, String name, @Nullable String description, LocalDate termStart, LocalDate termEnd,
		int sessionMinutes, int version) {

	static ProgrammeJson of(Programme programme) {
		return new ProgrammeJson(programme.id().value(), programme.name(), programme.description(),
				programme.term().start(), programme.term().end(), programme.sessionMinutes(), programme.version());
	}

}
